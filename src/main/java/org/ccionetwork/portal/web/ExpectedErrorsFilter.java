package org.ccionetwork.portal.web;

import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.ccionetwork.portal.shared.NotFoundException;

/**
 * The expected ways a page fails, answered where they happen, inside OmniFaces' exception filter
 * (annotated filters come after web.xml's), before anything logs them as faults:
 *
 * <ul>
 *   <li>a {@link NotFoundException} thrown anywhere while a page is prepared: a plain 404 with the
 *       "page not found" page, so that missing and forbidden content look the same;
 *   <li>a form sent from a page whose state this node no longer holds (it was open too long, its
 *       node went away, or the post was forged): one log line, and the "page expired" page with the
 *       text the member wrote (see {@link ExpiredForm}), never a stack trace.
 * </ul>
 */
@WebFilter(servletNames = "Faces Servlet")
public class ExpectedErrorsFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(ExpectedErrorsFilter.class.getName());

    static final String PAGE = "/errors/expired.xhtml";

    private static final String VIEW_STATE = jakarta.faces.render.ResponseStateManager.VIEW_STATE_PARAM;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            if (causedBy(e, NotFoundException.class)) {
                // A guessed address is common and quiet; a form whose action finds nothing is worth a line.
                LOG.log(
                        "GET".equals(request.getMethod()) ? java.util.logging.Level.FINE : java.util.logging.Level.INFO,
                        () -> "Not found: " + request.getMethod() + " " + request.getRequestURI() + ": "
                                + cause(e, NotFoundException.class).getMessage());
                response.resetBuffer();
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else if (causedBy(e, ViewExpiredException.class) || causedBy(e, ProtectedViewException.class)) {
                expired(request, response);
            } else {
                throw e;
            }
        }
    }

    private static void expired(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        LOG.info(() -> "A form came back from a page this node no longer holds (" + request.getMethod() + " "
                + request.getRequestURI() + "): answered with the page-expired page, nothing changed");
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        request.setAttribute(RequestDispatcher.ERROR_QUERY_STRING, request.getQueryString());
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_BAD_REQUEST);
        // Rendered as a page of its own (a GET without the lost view's state), the form's fields still readable.
        var page = new jakarta.servlet.http.HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }

            @Override
            public String getParameter(String name) {
                return VIEW_STATE.equals(name) ? null : super.getParameter(name);
            }

            @Override
            public java.util.Map<String, String[]> getParameterMap() {
                var all = new java.util.LinkedHashMap<>(super.getParameterMap());
                all.remove(VIEW_STATE);
                return java.util.Collections.unmodifiableMap(all);
            }

            @Override
            public java.util.Enumeration<String> getParameterNames() {
                return java.util.Collections.enumeration(getParameterMap().keySet());
            }

            @Override
            public String[] getParameterValues(String name) {
                return VIEW_STATE.equals(name) ? null : super.getParameterValues(name);
            }
        };
        request.getRequestDispatcher(PAGE).forward(page, response);
    }

    static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        return cause(e, kind) != null;
    }

    private static Throwable cause(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (kind.isInstance(cause)) {
                return cause;
            }
        }
        return null;
    }
}
