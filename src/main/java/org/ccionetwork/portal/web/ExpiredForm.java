package org.ccionetwork.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.stream.Collectors;

/**
 * The "page expired" page's help: a form sent after its page's state was lost (the page was open
 * too long, the node that held it went away, or the post was forged) changes nothing, so the text
 * the member wrote in it is shown back to them, to copy, with a link to the page they were on.
 * Shown escaped, as text; only the form's long text fields (their ids end in "body").
 */
@Named
@RequestScoped
public class ExpiredForm {

    @Inject
    private HttpServletRequest request;

    /** What the member wrote in the form's text fields, or empty. */
    public String getKeptText() {
        return Collections.list(request.getParameterNames()).stream()
                .filter(name -> name.endsWith(":body") || name.equals("body"))
                .map(request::getParameter)
                .filter(value -> value != null && !value.isBlank())
                .collect(Collectors.joining("\n\n"));
    }

    /** The page the form was on (this portal's own path), or the home page. */
    public String getPageAgain() {
        String context = request.getContextPath();
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && uri.startsWith(context + "/")
                && !uri.startsWith("//")) {
            return uri
                    + (request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING) instanceof String query
                            ? "?" + query
                            : "");
        }
        return context + "/";
    }
}
