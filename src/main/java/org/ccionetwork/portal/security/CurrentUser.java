package org.ccionetwork.portal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;

/** Who is looking at the page, for the layout and the page beans. */
@Named
@RequestScoped
public class CurrentUser {

    /** Session attribute: the signed-in person's id in the portal's members table. */
    public static final String MEMBER_ID = CurrentUser.class.getName() + ".memberId";

    /** Session attribute: when the person signed in (epoch milliseconds), for the session's absolute lifetime. */
    public static final String SIGNED_IN_AT = CurrentUser.class.getName() + ".signedInAt";

    /** Session attribute: the Keycloak session ("sid") the sign-in came from, for back-channel logout. */
    public static final String SSO_SESSION = CurrentUser.class.getName() + ".ssoSession";

    @Inject
    private SignIns signIns;

    @Inject
    private HttpServletRequest request;

    @Inject
    private jakarta.enterprise.inject.Instance<OpenIdContext> openId;

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    private java.util.Set<String> roles;

    /**
     * Whether the caller holds the role, read from the {@code groups} claim that also gives the
     * container its roles. The container's own role check is not usable while an error page is
     * rendered, and every page, error pages included, shows the role-dependent header.
     */
    public boolean has(Role role) {
        if (!isSignedIn()) {
            return false;
        }
        if (roles == null) {
            roles = tokenRoles(openId).orElse(java.util.Set.of());
        }
        if (!roles.contains(role.id())) {
            return false;
        }
        // A staff role an admin revoked stops working now, not at the next sign-in.
        return role == Role.MEMBER || memberStates.holds(memberId(), role.id(), signedInAt(request));
    }

    /** The roles the sign-in's ID token gives (its {@code groups} claim); empty when there is no token. */
    static java.util.Optional<java.util.Set<String>> tokenRoles(
            jakarta.enterprise.inject.Instance<OpenIdContext> openId) {
        try {
            var token = openId.get().getIdentityToken();
            return token == null
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(
                            java.util.Set.copyOf(token.getJwtClaims().getArrayStringClaim("groups")));
        } catch (RuntimeException noContext) {
            return java.util.Optional.empty();
        }
    }

    /** When the session's person signed in, or null. */
    static java.time.Instant signedInAt(HttpServletRequest request) {
        var session = request.getSession(false);
        Object at = session == null ? null : session.getAttribute(SIGNED_IN_AT);
        return at instanceof Long millis ? java.time.Instant.ofEpochMilli(millis) : null;
    }

    @Inject
    private DisabledMembers memberStates;

    /** The Keycloak session the session's sign-in came from, or null. */
    static String ssoSessionId(HttpServletRequest request) {
        var session = request.getSession(false);
        return session != null && session.getAttribute(SSO_SESSION) instanceof String id ? id : null;
    }

    /** The session's member id, or null. */
    static Long sessionMemberId(HttpServletRequest request) {
        var session = request.getSession(false);
        return session != null && session.getAttribute(MEMBER_ID) instanceof Long id ? id : null;
    }

    /** The signed-in person's member id: from the session, else looked up once by their subject. */
    private Long memberId() {
        if (memberId == null) {
            memberId = java.util.Optional.ofNullable(sessionMemberId(request))
                    .or(() -> signIns.memberIdOf(getSubject()))
                    .orElse(null);
        }
        return memberId;
    }

    private Long memberId;

    public boolean isMember() {
        return has(Role.MEMBER);
    }

    public boolean isModerator() {
        return has(Role.MODERATOR);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    public String getSubject() {
        return isSignedIn() ? openId.get().getSubject() : null;
    }

    /** Who is asking, for the services: a visitor, or a member with their id and roles. */
    @jakarta.enterprise.inject.Produces
    public Viewer getViewer() {
        if (!isSignedIn()) {
            return Viewer.ANONYMOUS;
        }
        Long memberId = memberId();
        if (memberId == null) {
            return Viewer.ANONYMOUS;
        }
        var roles = java.util.EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (has(role)) {
                roles.add(role);
            }
        }
        return new Viewer(memberId, roles);
    }

    /** "Sign in" from this page comes back to this page. */
    public String getSignInUrl() {
        String here = ReturnTo.of(request);
        Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        if (original instanceof String uri) {
            here = uri.substring(request.getContextPath().length());
        }
        return request.getContextPath() + SignInServlet.PATH + "?returnTo="
                + java.net.URLEncoder.encode(ReturnTo.safe(here), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The name to greet the person by. */
    public String getDisplayName() {
        if (!isSignedIn()) {
            return null;
        }
        var claims = openId.get().getClaims();
        return claims.getName()
                .filter(n -> !n.isBlank())
                .orElseGet(() -> request.getUserPrincipal().getName());
    }
}
