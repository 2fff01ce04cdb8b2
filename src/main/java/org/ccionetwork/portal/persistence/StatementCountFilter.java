package org.ccionetwork.portal.persistence;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When {@code portal.db.count-statements} is on (tests and benchmarks only), counts the SQL
 * statements each page costs, the whole render included, and keeps the figure by page address for
 * {@link SqlCounter#ofRequest}: the proof that a page's statements do not grow with its rows. Off,
 * it only passes the request on.
 */
@WebFilter(servletNames = "Faces Servlet")
public class StatementCountFilter extends HttpFilter {

    @Inject
    @ConfigProperty(name = "portal.db.count-statements", defaultValue = "false")
    boolean counting;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!counting) {
            chain.doFilter(request, response);
            return;
        }
        SqlCounter.reset();
        try {
            chain.doFilter(request, response);
        } finally {
            String query = request.getQueryString();
            SqlCounter.requestDone(request.getRequestURI() + (query == null ? "" : "?" + query), SqlCounter.count());
        }
    }
}
