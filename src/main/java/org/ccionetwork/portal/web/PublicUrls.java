package org.ccionetwork.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute links, for feeds and for pages shared elsewhere (Open Graph). The address the public
 * uses comes from {@code portal.public-url} when set (behind a proxy), else from the request.
 */
@Named
@RequestScoped
public class PublicUrls {

    @Inject
    @ConfigProperty(name = "portal.public-url")
    Optional<String> configured;

    @Inject
    private HttpServletRequest request;

    /** The portal's address without a trailing slash, e.g. https://portal.ccionetwork.org. */
    public String getBase() {
        return configured
                .filter(url -> !url.isBlank())
                .map(url -> url.replaceAll("/+$", ""))
                .orElseGet(() -> {
                    String scheme = request.getScheme();
                    int port = request.getServerPort();
                    boolean defaultPort =
                            ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
                    return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)
                            + request.getContextPath();
                });
    }

    /** The absolute form of a path inside the portal ("/news/..."). */
    public String absolute(String path) {
        return getBase() + path;
    }
}
