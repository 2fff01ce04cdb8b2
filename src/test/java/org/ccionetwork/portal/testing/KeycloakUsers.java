package org.ccionetwork.portal.testing;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * People made for one test in the tests' Keycloak (as its master admin, which only tests do), and
 * what Keycloak says of them afterwards, so that a test can check what changed and what did not.
 */
public final class KeycloakUsers implements AutoCloseable {

    private final Keycloak keycloak;

    public KeycloakUsers() {
        this(KeycloakExtension.keycloak().url());
    }

    /** The same for a Keycloak started elsewhere (the benchmark's), with the master admin the dev servers give it. */
    public KeycloakUsers(String keycloakUrl) {
        keycloak = Keycloak.getInstance(keycloakUrl, "master", "admin", "admin", "admin-cli");
    }

    /** A member with a password, email verified, ready to sign in; returns the Keycloak id. */
    public String createMember(String username, String password) {
        var user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(username + "@example.org");
        user.setFirstName("Test");
        user.setLastName(username);
        user.setEnabled(true);
        user.setEmailVerified(true);
        var credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        user.setCredentials(List.of(credential));
        var realm = keycloak.realm("ccio");
        try (var created = realm.users().create(user)) {
            if (created.getStatus() != 201) {
                throw new IllegalStateException("Keycloak did not create " + username + ": " + created.getStatus() + " "
                        + created.readEntity(String.class));
            }
        }
        String id = realm.users().search(username, true).getFirst().getId();
        realm.users()
                .get(id)
                .roles()
                .realmLevel()
                .add(List.of(realm.roles().get("member").toRepresentation()));
        return id;
    }

    public Set<String> realmRoles(String username) {
        var realm = keycloak.realm("ccio");
        String id = realm.users().search(username, true).getFirst().getId();
        return realm.users().get(id).roles().realmLevel().listEffective().stream()
                .map(RoleRepresentation::getName)
                .filter(name -> List.of("member", "moderator", "admin").contains(name))
                .collect(Collectors.toSet());
    }

    /** Ends all of the person's Keycloak sessions, as an admin does in Keycloak's console. */
    public void endSessions(String username) {
        var users = keycloak.realm("ccio").users();
        users.get(users.search(username, true).getFirst().getId()).logout();
    }

    /** Whether the realm has an account with exactly this email address. */
    public boolean existsWithEmail(String email) {
        return keycloak.realm("ccio").users().searchByEmail(email, true).stream()
                .anyMatch(user -> email.equalsIgnoreCase(user.getEmail()));
    }

    /** How many accounts in the realm are people: all but the clients' service accounts. */
    public int people() {
        return (int) keycloak.realm("ccio").users().list(0, 100_000).stream()
                .filter(user -> !user.getUsername().startsWith("service-account-"))
                .count();
    }

    public boolean isEnabled(String username) {
        return Boolean.TRUE.equals(
                keycloak.realm("ccio").users().search(username, true).getFirst().isEnabled());
    }

    @Override
    public void close() {
        keycloak.close();
    }
}
