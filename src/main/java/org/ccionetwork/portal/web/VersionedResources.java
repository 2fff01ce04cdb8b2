package org.ccionetwork.portal.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Static resources (stylesheets, scripts, fonts, images) under addresses that change when their
 * content does, kept by browsers for a year: a second page costs the HTML alone, and a new version
 * of a file is fetched at once because its address is new.
 *
 * <p>Every resource address carries a version ({@code v=}): PrimeFaces writes its own release on its
 * resources; the others (the portal's files, Faces' and OmniFaces' scripts) get the first twelve hex
 * digits of their content's SHA-256 here, the same on every node. A request naming the resource's
 * current version is answered {@code Cache-Control: public, max-age=31536000, immutable}; one naming
 * another (a page from before a deployment) or none keeps the framework's short lifetime, so a stale
 * copy is never kept long. Declared in faces-config.xml, outside PrimeFaces' handler.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    /** The lifetime of a resource asked for under its current version. */
    static final String LIFETIME = "public, max-age=31536000, immutable";

    private static final Logger LOG = Logger.getLogger(VersionedResources.class.getName());

    /** Content versions by library and name: resources do not change while the application runs. */
    private final Map<String, Optional<String>> versions = new ConcurrentHashMap<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String name) {
        return versioned(super.createResource(name));
    }

    @Override
    public Resource createResource(String name, String library) {
        return versioned(super.createResource(name, library));
    }

    @Override
    public Resource createResource(String name, String library, String contentType) {
        return versioned(super.createResource(name, library, contentType));
    }

    @Override
    public void handleResourceRequest(FacesContext context) throws IOException {
        var external = context.getExternalContext();
        var parameters = external.getRequestParameterMap();
        String asked = parameters.get("v");
        // A plain resource only: one with more to it (PrimeFaces' streamed content) is not a fixed file.
        boolean current = asked != null
                && Set.of("v", "ln").containsAll(parameters.keySet())
                && resourceName(external.getRequestServletPath(), external.getRequestPathInfo())
                        .map(name -> createResource(name, parameters.get("ln")))
                        .flatMap(resource -> version(resource.getRequestPath()))
                        .filter(asked::equals)
                        .isPresent();
        if (!current || !(external.getResponse() instanceof HttpServletResponse response)) {
            super.handleResourceRequest(context);
            return;
        }
        // The framework sets its own week's lifetime as it answers: this one stands instead.
        response.setHeader("Cache-Control", LIFETIME);
        external.setResponse(new FixedHeaders(
                response, name -> "Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name)));
        try {
            super.handleResourceRequest(context);
        } finally {
            external.setResponse(response);
        }
    }

    /** The resource a request names: its path after {@code /jakarta.faces.resource/}, without the Faces mapping's suffix. */
    static Optional<String> resourceName(String servletPath, String pathInfo) {
        String path = (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
        String prefix = RESOURCE_IDENTIFIER + "/";
        if (!path.startsWith(prefix)) {
            return Optional.empty();
        }
        String name = path.substring(prefix.length());
        if (name.endsWith(".xhtml")) {
            name = name.substring(0, name.length() - ".xhtml".length());
        }
        return name.isEmpty() || name.contains("..") ? Optional.empty() : Optional.of(name);
    }

    /** The {@code v} parameter of a resource's address, if it has one. */
    static Optional<String> version(String requestPath) {
        int query = requestPath == null ? -1 : requestPath.indexOf('?');
        if (query < 0) {
            return Optional.empty();
        }
        for (String pair : requestPath.substring(query + 1).split("&(amp;)?")) {
            if (pair.startsWith("v=")) {
                return Optional.of(pair.substring(2));
            }
        }
        return Optional.empty();
    }

    /** An address with this version added. */
    static String withVersion(String requestPath, String version) {
        return requestPath + (requestPath.contains("?") ? "&" : "?") + "v=" + version;
    }

    /** The first twelve hex digits of the content's SHA-256. */
    static String contentVersion(InputStream content) throws IOException {
        try (content) {
            var digest = MessageDigest.getInstance("SHA-256");
            var buffer = new byte[8192];
            for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private Resource versioned(Resource resource) {
        if (resource == null || version(resource.getRequestPath()).isPresent()) {
            return resource;
        }
        var version = versions.computeIfAbsent(resource.getLibraryName() + ":" + resource.getResourceName(), key -> {
            try {
                return Optional.of(contentVersion(resource.getInputStream()));
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Resource {0} left unversioned: {1}", new Object[] {key, e.toString()});
                return Optional.empty();
            }
        });
        if (version.isEmpty()) {
            return resource;
        }
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                return withVersion(super.getRequestPath(), version.get());
            }
        };
    }
}
