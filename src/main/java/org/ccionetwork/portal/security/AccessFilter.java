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

/**
 * Guards the private areas by path, on the server. Someone not signed in is sent to sign in and
 * back; someone signed in without the role gets 404, so private areas are not revealed.
 */
public class AccessFilter extends HttpFilter {

    @jakarta.inject.Inject
    private org.ccionetwork.portal.members.DisabledMembers disabledMembers;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        var session = request.getSession(false);
        if (session != null && disabledMembers.isDisabled((Long) session.getAttribute(CurrentUser.MEMBER_ID))) {
            // An admin disabled this member (or they left): their session ends now.
            session.invalidate();
            try {
                request.logout();
            } catch (ServletException e) {
                // already signed out
            }
            response.sendRedirect(request.getContextPath() + "/?account=disabled");
            return;
        }
        Optional<Role> required = requiredRole(path);
        if (required.isEmpty() || request.isUserInRole(required.get().id())) {
            chain.doFilter(request, response);
        } else if (request.getUserPrincipal() == null && "GET".equals(request.getMethod())) {
            response.sendRedirect(request.getContextPath() + SignInServlet.PATH + "?returnTo="
                    + URLEncoder.encode(ReturnTo.of(request), StandardCharsets.UTF_8));
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** The role a path needs: one table for the whole portal. */
    static Optional<Role> requiredRole(String path) {
        if (startsWithSegment(path, "/admin")) {
            return Optional.of(Role.ADMIN);
        }
        if (startsWithSegment(path, "/moderation") || startsWithSegment(path, "/news/desk")) {
            return Optional.of(Role.MODERATOR);
        }
        if (startsWithSegment(path, "/members")
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
