package org.ccionetwork.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Where to send someone after they sign in. Only paths inside the portal are accepted, so that the
 * sign-in flow cannot be used to redirect people to another site.
 */
public final class ReturnTo {

    private static final String ATTRIBUTE = ReturnTo.class.getName();

    private ReturnTo() {}

    /** The path itself if it is a safe in-app path, otherwise the home page. */
    public static String safe(String target) {
        if (target == null || target.isBlank() || target.length() > 2000) {
            return "/";
        }
        boolean inApp = target.startsWith("/")
                && !target.startsWith("//")
                && !target.contains("\\")
                && target.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
        return inApp ? target : "/";
    }

    public static void remember(HttpServletRequest request, String target) {
        request.getSession().setAttribute(ATTRIBUTE, safe(target));
    }

    /** The remembered target, once; the home page when there is none. */
    public static String consume(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return "/";
        }
        Object target = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return safe(target instanceof String s ? s : null);
    }

    /** The path and query of the current request, for coming back to it. */
    public static String of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return query == null ? path : path + "?" + query;
    }
}
