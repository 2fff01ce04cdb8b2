package org.ccionetwork.portal.security;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;

/**
 * Gives every {@code <script>} element a Faces page writes (PrimeFaces' settings, the portal's own
 * script files) the nonce of the response's Content-Security-Policy, which {@link
 * SecurityHeadersFilter} chose for this request. An inline script anyone else slips into a page has
 * no nonce and does not run. Declared in faces-config.xml.
 */
public class NonceRenderKitFactory extends RenderKitFactory {

    public NonceRenderKitFactory(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        var kit = getWrapped().getRenderKit(context, renderKitId);
        return kit == null ? null : new NonceRenderKit(kit);
    }

    @Override
    public Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    private static final class NonceRenderKit extends RenderKitWrapper {
        NonceRenderKit(RenderKit wrapped) {
            super(wrapped);
        }

        @Override
        public ResponseWriter createResponseWriter(Writer writer, String contentTypeList, String characterEncoding) {
            return new NonceWriter(getWrapped().createResponseWriter(writer, contentTypeList, characterEncoding));
        }
    }

    private static final class NonceWriter extends ResponseWriterWrapper {
        NonceWriter(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, jakarta.faces.component.UIComponent component) throws IOException {
            super.startElement(name, component);
            if ("script".equalsIgnoreCase(name)) {
                Object nonce = FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getRequestMap()
                        .get(org.ccionetwork.portal.web.Nonces.ATTRIBUTE);
                if (nonce instanceof String value) {
                    super.writeAttribute("nonce", value, null);
                }
            }
        }

        @Override
        public ResponseWriter cloneWithWriter(Writer writer) {
            return new NonceWriter(getWrapped().cloneWithWriter(writer));
        }
    }
}
