package org.ccionetwork.portal.security;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.FacesContextFactory;
import jakarta.faces.context.FacesContextWrapper;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.lifecycle.Lifecycle;
import jakarta.servlet.http.HttpServletRequest;
import org.ccionetwork.portal.web.Nonces;
import org.primefaces.csp.CspResponseWriter;
import org.primefaces.csp.CspState;

/**
 * One nonce for a page and everything PrimeFaces does on it. PrimeFaces' Content-Security-Policy
 * mode (web.xml: {@code primefaces.CSP}) moves inline event handlers into scripts, writes the nonce
 * on every script element, adds the policy header, and evaluates the scripts of its Ajax answers
 * with the nonce; its script posts the page's nonce back with each form and Ajax request, because an
 * Ajax answer runs under the policy of the page it updates.
 *
 * <p>This factory gives PrimeFaces the portal's nonce decision: a page rendered by a GET carries the
 * nonce {@link SecurityHeadersFilter} chose for the response; a form post or an Ajax request carries
 * the nonce its page posted back (the policy header PrimeFaces then adds names it and replaces the
 * filter's), or the response's own when none came (a page without PrimeFaces' script). A posted
 * nonce is taken only on a post, which the view's state guards: a stranger cannot make a member's
 * page run under a nonce of their choosing. Nothing is kept in the view, so a page costs no view
 * map and a visitor's no session. The chosen nonce is also the request's {@link Nonces#ATTRIBUTE},
 * which the visitors' page cache swaps. Declared in faces-config.xml, so it wraps PrimeFaces' own
 * factory.
 */
public class PageNonceFactory extends FacesContextFactory {

    /** The field in which PrimeFaces' script posts its page's nonce back with each form and Ajax request. */
    private static final String POSTED = "primefaces.nonce";

    public PageNonceFactory(FacesContextFactory wrapped) {
        super(wrapped);
    }

    @Override
    public FacesContext getFacesContext(Object context, Object request, Object response, Lifecycle lifecycle) {
        return new Context(getWrapped().getFacesContext(context, request, response, lifecycle));
    }

    /** The request's Faces context, with the portal's nonce state in the place PrimeFaces reads it. */
    private static final class Context extends FacesContextWrapper {
        private final State state;

        Context(FacesContext wrapped) {
            super(wrapped);
            state = new State(this);
            wrapped.getAttributes().put(CspState.class.getName(), state);
            setCurrentInstance(this);
        }

        @Override
        public void setResponseWriter(ResponseWriter writer) {
            // PrimeFaces wraps a page's writer with the nonce state it made before this one was in
            // place; a writer already wrapped with this state is left as it is.
            if (writer != null
                    && !(writer instanceof CspResponseWriter)
                    && !getPartialViewContext().isAjaxRequest()) {
                writer = new CspResponseWriter(writer, state);
            }
            super.setResponseWriter(writer);
        }
    }

    /** PrimeFaces' nonce state, deciding the nonce as the class comment says. */
    static final class State extends CspState {
        private final transient FacesContext context;
        private String nonce;

        State(FacesContext context) {
            super(context);
            this.context = context;
        }

        @Override
        public String getNonce() {
            if (nonce == null) {
                nonce = decide();
                if (context.getExternalContext().getRequest() instanceof HttpServletRequest request) {
                    request.setAttribute(Nonces.ATTRIBUTE, nonce);
                }
            }
            return nonce;
        }

        @Override
        public String generateNonce() {
            return getNonce();
        }

        private String decide() {
            if (context.isPostback() || context.getPartialViewContext().isAjaxRequest()) {
                String posted =
                        context.getExternalContext().getRequestParameterMap().get(POSTED);
                if (posted != null && posted.matches("[A-Za-z0-9+/=_-]{16,96}")) {
                    return posted;
                }
            }
            return context.getExternalContext().getRequestMap().get(Nonces.ATTRIBUTE) instanceof String response
                    ? response
                    : Nonces.fresh();
        }
    }
}
