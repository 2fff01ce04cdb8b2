package org.ccionetwork.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.util.function.Predicate;

/**
 * A response whose named headers are already decided: whatever is written later sets, adds or dates
 * them in vain. For caching headers a filter or handler chose for good reason (the security headers'
 * no-store on private pages, a versioned resource's year), which a framework answering after it
 * would otherwise overwrite.
 */
public class FixedHeaders extends HttpServletResponseWrapper {

    private final Predicate<String> fixed;

    /** The response, with the headers whose names the rule accepts fixed as they are. */
    public FixedHeaders(HttpServletResponse response, Predicate<String> fixed) {
        super(response);
        this.fixed = fixed;
    }

    @Override
    public void setHeader(String name, String value) {
        if (!fixed.test(name)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!fixed.test(name)) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setDateHeader(String name, long date) {
        if (!fixed.test(name)) {
            super.setDateHeader(name, date);
        }
    }

    @Override
    public void addDateHeader(String name, long date) {
        if (!fixed.test(name)) {
            super.addDateHeader(name, date);
        }
    }
}
