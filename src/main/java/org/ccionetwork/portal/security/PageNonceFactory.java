package org.ccionetwork.portal.security;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.FacesContextFactory;
import jakarta.faces.context.FacesContextWrapper;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.PreRenderViewEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.lifecycle.Lifecycle;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.ccionetwork.portal.web.Nonces;
import org.primefaces.csp.CspResponseWriter;
import org.primefaces.csp.CspState;

/**
 * One nonce for a page and everything PrimeFaces does on it. PrimeFaces' Content-Security-Policy
 * mode (web.xml: {@code primefaces.CSP}) moves inline event handlers into scripts, writes the nonce
 * on every script element, adds the policy header, and evaluates the scripts of its Ajax answers
 * with the nonce; it keeps a page's nonce in the view, because an Ajax answer runs under the policy
 * of the page it updates.
 *
 * <p>This factory gives PrimeFaces the portal's nonce decision: a page rendered for the first time
 * carries the nonce {@link SecurityHeadersFilter} chose for the response; a page rendered again
 * after a form post, and an Ajax answer, carry their view's (the policy header PrimeFaces then adds
 * names it and replaces the filter's); a post to a page that keeps no state (a visitor's) gets the
 * response's own instead of failing. The chosen nonce is also the request's {@link Nonces#ATTRIBUTE},
 * which the visitors' page cache swaps. Declared in faces-config.xml, so it wraps PrimeFaces' own
 * factory.
 */
public class PageNonceFactory extends FacesContextFactory {

    /** Where PrimeFaces keeps a page's nonce in its view. */
    private static final String VIEW_KEY = "primefaces.nonce";

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
            var root = context.getViewRoot();
            Map<String, Object> view = root != null && !root.isTransient() ? root.getViewMap(false) : null;
            if (view != null && view.get(VIEW_KEY) instanceof String value && !value.isBlank()) {
                return value;
            }
            return context.getExternalContext().getRequestMap().get(Nonces.ATTRIBUTE) instanceof String response
                    ? response
                    : Nonces.fresh();
        }
    }

    /**
     * Keeps a page's nonce in its view once the view is built, when it is known whether the view keeps
     * state at all: a visitor's page keeps none, and asking for its view map earlier would start an
     * HTTP session for nothing. Declared in faces-config.xml for {@link PreRenderViewEvent}.
     */
    public static final class KeepInView implements SystemEventListener {

        @Override
        public boolean isListenerForSource(Object source) {
            return source instanceof UIViewRoot;
        }

        @Override
        public void processEvent(SystemEvent event) {
            var root = (UIViewRoot) event.getSource();
            var context = FacesContext.getCurrentInstance();
            if (root.isTransient() || context.getPartialViewContext().isAjaxRequest()) {
                return;
            }
            var view = root.getViewMap(true);
            if (!(view.get(VIEW_KEY) instanceof String)) {
                view.put(
                        VIEW_KEY,
                        org.primefaces.context.PrimeFacesContext.getCspState(context)
                                .getNonce());
            }
        }
    }
}
