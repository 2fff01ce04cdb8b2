package org.ccionetwork.portal.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The path inside the portal that the container maps to a servlet (servlet path and path info,
 * decoded and normalised): the one to decide on. The raw request URI is not: {@code //members/},
 * {@code /%6Dembers/} and {@code /forum/../members/} all reach {@code /members/}.
 */
public final class ServedPath {

    private ServedPath() {}

    public static String of(HttpServletRequest request) {
        String info = request.getPathInfo();
        return request.getServletPath() + (info == null ? "" : info);
    }
}
