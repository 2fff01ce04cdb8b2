package org.ccionetwork.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ccionetwork.portal.shared.NotFoundException;

/**
 * Turns a {@link NotFoundException} thrown anywhere while a page is prepared into a plain 404 with
 * the "page not found" page, so that missing and forbidden content look the same.
 */
@WebFilter(servletNames = "Faces Servlet")
public class NotFoundFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!isNotFound(e) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    static boolean isNotFound(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof NotFoundException) {
                return true;
            }
        }
        return false;
    }
}
