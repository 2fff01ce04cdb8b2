package org.ccionetwork.portal.keycloak;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.ccionetwork.portal.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The portal's hands in Keycloak, through keycloak-admin-client as the realm's service account
 * ({@code ccio-portal-admin}, with manage-users, view-users, query-users and view-realm; never the
 * master admin). Keycloak is the source of truth for accounts and roles. When it cannot be
 * reached, every method throws {@link KeycloakUnavailableException} and nothing is changed.
 */
@ApplicationScoped
public class KeycloakAccounts {

    /** An account as Keycloak holds it. */
    public record Account(
            String id,
            String username,
            String email,
            String name,
            boolean enabled,
            boolean emailVerified,
            Set<Role> roles) {}

    @Inject
    @ConfigProperty(name = "portal.oidc.provider-uri")
    String providerUri;

    @Inject
    @ConfigProperty(name = "portal.admin.client-id", defaultValue = "ccio-portal-admin")
    String clientId;

    @Inject
    @ConfigProperty(name = "portal.admin.client-secret")
    String clientSecret;

    /** Where the admin API is reached, when not through the public address (whose proxy refuses /admin). */
    @Inject
    @ConfigProperty(name = "portal.admin.server-url")
    java.util.Optional<String> adminServerUrl;

    @Inject
    @ConfigProperty(name = "portal.oidc.client-id", defaultValue = "ccio-portal")
    String portalClientId;

    private Keycloak keycloak;

    private synchronized RealmResource realm() {
        if (keycloak == null) {
            keycloak = KeycloakBuilder.builder()
                    .serverUrl(serverUrl())
                    .realm(realmName())
                    .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                    .clientId(clientId)
                    .clientSecret(clientSecret)
                    .build();
        }
        return keycloak.realm(realmName());
    }

    String serverUrl() {
        if (adminServerUrl != null
                && adminServerUrl.filter(url -> !url.isBlank()).isPresent()) {
            return adminServerUrl.get().replaceAll("/+$", "");
        }
        return providerUri.replaceAll("/realms/[^/]+/?$", "");
    }

    String realmName() {
        return providerUri.replaceAll("^.*/realms/([^/]+)/?$", "$1");
    }

    @PreDestroy
    synchronized void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    private <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (ProcessingException e) {
            throw new KeycloakUnavailableException("Keycloak cannot be reached (" + rootMessage(e) + ").", e);
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            if (status == 404) {
                throw new org.ccionetwork.portal.shared.NotFoundException("account");
            }
            if (status == 409) {
                throw new org.ccionetwork.portal.shared.NotAllowedException(
                        "Keycloak already has an account with that email.");
            }
            throw new KeycloakUnavailableException("Keycloak refused the change (HTTP " + status + ").", e);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof java.io.IOException) {
                throw new KeycloakUnavailableException("Keycloak cannot be reached (" + rootMessage(e) + ").", e);
            }
            throw e;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }

    private void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    /** How many rows the admins' accounts table shows at a time. */
    public static final int ACCOUNTS_PER_PAGE = 50;

    /**
     * Up to {@code max} accounts searched by name or email (all when the search is empty), from
     * position {@code first} in Keycloak's order (by username). Keycloak's admin API pages by
     * position only; the accounts are a few thousand at most and the list is for admins. Service
     * accounts (the portal's own hands) are not people: Keycloak's search leaves them out, as its
     * count does (MembersAdminBrowserIT checks both).
     */
    public List<Account> accounts(String search, int first, int max) {
        return call(() -> realm().users().search(query(search), Math.max(0, first), max, true).stream()
                .map(this::account)
                .toList());
    }

    /** How many accounts {@link #accounts} finds for the search, in all. */
    public int count(String search) {
        return call(() -> realm().users().count(query(search)));
    }

    /** Keycloak's search for "everyone" is the wildcard; a blank search would be no search at all. */
    private static String query(String search) {
        return search == null || search.isBlank() ? "*" : search.strip();
    }

    public Account account(String userId) {
        return call(() -> account(realm().users().get(userId).toRepresentation()));
    }

    public Optional<Account> byUsername(String username) {
        return call(() ->
                realm().users().search(username, true).stream().findFirst().map(this::account));
    }

    private Account account(UserRepresentation user) {
        Set<Role> roles = realm().users().get(user.getId()).roles().realmLevel().listEffective().stream()
                .map(RoleRepresentation::getName)
                .map(Role::byId)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                        + (user.getLastName() == null ? "" : user.getLastName()))
                .strip();
        return new Account(
                user.getId(),
                user.getUsername(),
                user.getEmail(),
                name,
                Boolean.TRUE.equals(user.isEnabled()),
                Boolean.TRUE.equals(user.isEmailVerified()),
                roles);
    }

    /**
     * Creates the account (a member) and asks Keycloak to send its own mail: verify the email and
     * set a password, then come back to the portal.
     */
    public String invite(String email, String firstName, String lastName, String portalUrl) {
        return call(() -> {
            var user = new UserRepresentation();
            user.setUsername(email);
            user.setEmail(email);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEnabled(true);
            user.setEmailVerified(false);
            user.setRequiredActions(List.of("VERIFY_EMAIL", "UPDATE_PASSWORD"));
            String id;
            try (Response created = realm().users().create(user)) {
                if (created.getStatus() == 409) {
                    throw new org.ccionetwork.portal.shared.NotAllowedException(
                            "Keycloak already has an account with that email.");
                }
                if (created.getStatus() != 201) {
                    throw new KeycloakUnavailableException(
                            "Keycloak refused the new account (HTTP " + created.getStatus() + ").", null);
                }
                String location = created.getLocation().getPath();
                id = location.substring(location.lastIndexOf('/') + 1);
            }
            try {
                grantRole(id, Role.MEMBER);
                realm().users()
                        .get(id)
                        .executeActionsEmail(
                                portalClientId,
                                portalUrl + "/",
                                7 * 24 * 3600,
                                List.of("VERIFY_EMAIL", "UPDATE_PASSWORD"));
            } catch (RuntimeException e) {
                // Nothing half-done: an account whose mail could not be sent is removed again.
                realm().users().get(id).remove();
                throw e;
            }
            return id;
        });
    }

    public void grant(String userId, Role role) {
        run(() -> grantRole(userId, role));
    }

    private void grantRole(String userId, Role role) {
        var representation = realm().roles().get(role.id()).toRepresentation();
        realm().users().get(userId).roles().realmLevel().add(List.of(representation));
    }

    public void revoke(String userId, Role role) {
        run(() -> {
            var representation = realm().roles().get(role.id()).toRepresentation();
            realm().users().get(userId).roles().realmLevel().remove(List.of(representation));
        });
    }

    /** Enables or disables the account; disabling also ends its Keycloak sessions. */
    public void setEnabled(String userId, boolean enabled) {
        run(() -> {
            var user = realm().users().get(userId);
            var representation = user.toRepresentation();
            representation.setEnabled(enabled);
            user.update(representation);
            if (!enabled) {
                user.logout();
            }
        });
    }
}
