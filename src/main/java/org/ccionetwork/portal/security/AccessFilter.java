package org.ccionetwork.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.ccionetwork.portal.web.ServedPath;

/**
 * Guards the private areas by path, on the server. Someone not signed in is sent to sign in and
 * back; someone signed in without the role gets 404, so private areas are not revealed.
 *
 * <p>The path decided on is the one the container serves (servlet path and path info, decoded and
 * normalised), never the raw request URI: {@code //members/}, {@code /%6Dembers/} and
 * {@code /forum/../members/} reach the members' pages too. A request URI that is not already in its
 * plain form is refused outright, so no part of the portal ever sees two spellings of one page.
 */
public class AccessFilter extends HttpFilter {

    @jakarta.inject.Inject
    private DisabledMembers disabledMembers;

    @jakarta.inject.Inject
    private EndedSessions endedSessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = ServedPath.of(request);
        String raw = request.getRequestURI();
        if (!raw.startsWith(request.getContextPath())
                || !isCanonical(raw.substring(request.getContextPath().length()), path)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (isImageFetchOfAnAction(request.getHeader("Sec-Fetch-Dest"), path)) {
            // An <img> pointing at a page or an action (a text saved before images were limited to the
            // portal's pictures): the browser fetches it unasked, so it must change nothing.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var session = request.getSession(false);
        String notice = session == null ? null : whyTheSessionEnds(request);
        if (notice != null) {
            SignInHint.clear(request, response);
            session.invalidate();
            try {
                request.logout();
            } catch (ServletException e) {
                // already signed out
            }
            response.sendRedirect(request.getContextPath() + "/?" + notice);
            return;
        }
        if (SignInHint.shouldRenew(request, path)) {
            // Signed in before, no session now (its node went away, or it timed out): Keycloak's
            // session signs them in again without a form, back to this page. Once: the hint goes.
            SignInHint.clear(request, response);
            response.sendRedirect(request.getContextPath() + SignInServlet.PATH + "?returnTo="
                    + URLEncoder.encode(ReturnTo.of(request), StandardCharsets.UTF_8));
            return;
        }
        Optional<Role> required = requiredRole(path);
        if (required.isEmpty() || holds(request, required.get())) {
            chain.doFilter(request, response);
        } else if (request.getUserPrincipal() == null && "GET".equals(request.getMethod())) {
            response.sendRedirect(request.getContextPath() + SignInServlet.PATH + "?returnTo="
                    + URLEncoder.encode(ReturnTo.of(request), StandardCharsets.UTF_8));
        } else {
            LOG.info(() -> refusal(request, path, required.get()));
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** One log line for a refusal: who asked, for what, and which check said no. */
    private String refusal(HttpServletRequest request, String path, Role role) {
        var principal = request.getUserPrincipal();
        if (principal == null) {
            return "Refused " + request.getMethod() + " " + path + " (needs " + role.id() + "): not signed in";
        }
        return "Refused " + request.getMethod() + " " + path + " to " + principal.getName() + " (needs " + role.id()
                + "): "
                + (signInGives(request, role)
                        ? "the role was revoked after sign-in (signed in "
                                + CurrentUser.signedInAt(request) + "; "
                                + disabledMembers.describe(CurrentUser.sessionMemberId(request)) + ")"
                        : "the sign-in does not give it");
    }

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(AccessFilter.class.getName());

    /**
     * Whether the request URI spells the served path plainly: no empty, "." or ".." segments, no
     * path parameters, and no percent-encoding where a plain character would do.
     */
    private static final java.util.regex.Pattern ENCODED = java.util.regex.Pattern.compile("%([0-9A-Fa-f]{2})");

    static boolean isCanonical(String rawPath, String served) {
        if (rawPath.isEmpty() || rawPath.equals("/")) {
            return true;
        }
        if (rawPath.contains("//") || rawPath.contains(";") || rawPath.contains("\\")) {
            return false;
        }
        for (String segment : rawPath.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        String decoded;
        try {
            decoded = java.net.URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        // Only characters that must be encoded may be: an encoded letter, digit, "/" or "." (hence an
        // encoded "." or ".." segment) is a disguise.
        var encoded = ENCODED.matcher(rawPath);
        while (encoded.find()) {
            int c = Integer.parseInt(encoded.group(1), 16);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/\\".indexOf(c) >= 0)) {
                return false;
            }
        }
        // A welcome page is served under its folder's path ("/members/" as "/members/index.xhtml").
        return served.equals(decoded) || served.startsWith(decoded) && decoded.endsWith("/");
    }

    /** Why the session must end now, as the home page's notice; null while it may go on. */
    private String whyTheSessionEnds(HttpServletRequest request) {
        if (disabledMembers.isDisabled(CurrentUser.sessionMemberId(request))) {
            return "account=disabled"; // an admin disabled this member, or they left
        }
        if (endedSessions.isEnded(CurrentUser.ssoSessionId(request))) {
            return "session=ended"; // Keycloak said the sign-in behind it ended (back-channel logout)
        }
        if (isPastLifetime(
                CurrentUser.signedInAt(request),
                java.time.Duration.ofMinutes(maxSessionMinutes),
                java.time.Instant.now())) {
            return "session=ended"; // the absolute lifetime is over, however busy the session was
        }
        return null;
    }

    @jakarta.inject.Inject
    private jakarta.enterprise.inject.Instance<jakarta.security.enterprise.identitystore.openid.OpenIdContext> openId;

    /**
     * The role from the sign-in (the ID token's groups, as the pages read them through {@link
     * CurrentUser}), and for staff roles still held now (an admin may have revoked it since). The
     * container's own role check once answered no, mid-session, for a role the token gives; when the
     * two disagree, the token decides and one line is logged.
     */
    /** Whether the sign-in gives the role: its token's groups, or the container's check without a token. */
    private boolean signInGives(HttpServletRequest request, Role role) {
        return CurrentUser.tokenRoles(openId)
                .map(roles -> roles.contains(role.id()))
                .orElseGet(() -> request.isUserInRole(role.id()));
    }

    private boolean holds(HttpServletRequest request, Role role) {
        if (request.getUserPrincipal() == null) {
            return false;
        }
        boolean container = request.isUserInRole(role.id());
        boolean token = signInGives(request, role);
        if (token != container) {
            LOG.info(() -> "The container's role check (" + container + ") and the sign-in's token (" + token
                    + ") disagree on " + role.id() + " for "
                    + request.getUserPrincipal().getName() + " at "
                    + request.getMethod() + " " + request.getRequestURI() + "; the token decides");
        }
        if (!token) {
            return false;
        }
        return role == Role.MEMBER
                || disabledMembers.holds(
                        CurrentUser.sessionMemberId(request), role.id(), CurrentUser.signedInAt(request));
    }

    /** Whether a session whose person signed in then has outlived the absolute lifetime. */
    static boolean isPastLifetime(java.time.Instant signedInAt, java.time.Duration lifetime, java.time.Instant now) {
        return signedInAt != null && signedInAt.plus(lifetime).isBefore(now);
    }

    @jakarta.inject.Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "portal.session.max-minutes", defaultValue = "720")
    int maxSessionMinutes;

    /** Whether a browser fetches, as an image, a page or an action that may change something. */
    static boolean isImageFetchOfAnAction(String fetchDestination, String path) {
        if (!"image".equals(fetchDestination)) {
            return false;
        }
        return path.endsWith(".xhtml")
                || path.endsWith("/")
                || path.startsWith("/library/download")
                || path.startsWith("/library/upload")
                || path.startsWith("/members/export")
                || path.startsWith("/forum/post")
                || path.startsWith("/api/")
                || path.startsWith(SignInServlet.PATH)
                || path.startsWith(CallbackServlet.PATH);
    }

    /** The role a path needs: one table for the whole portal. */
    static Optional<Role> requiredRole(String path) {
        if (startsWithSegment(path, "/admin")) {
            return Optional.of(Role.ADMIN);
        }
        if (startsWithSegment(path, "/moderation") || startsWithSegment(path, "/news/desk")) {
            return Optional.of(Role.MODERATOR);
        }
        // The events desk is also for an event's organisers, who are members: the service decides which events.
        if (startsWithSegment(path, "/events/desk")
                || startsWithSegment(path, "/members")
                || startsWithSegment(path, "/mentoring")
                || startsWithSegment(path, "/library/share.xhtml")
                || startsWithSegment(path, "/library/edit.xhtml")
                || startsWithSegment(path, "/library/review.xhtml")) {
            return Optional.of(Role.MEMBER);
        }
        return Optional.empty();
    }

    private static boolean startsWithSegment(String path, String segment) {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        return lower.equals(segment) || lower.startsWith(segment + "/") || lower.startsWith(segment + ";");
    }
}
