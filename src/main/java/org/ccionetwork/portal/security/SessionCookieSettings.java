package org.ccionetwork.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The session cookie is HttpOnly always, and Secure where the portal is served over HTTPS
 * (production sets {@code portal.cookies.secure=true}). SameSite=Lax is set in payara-web.xml.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Inject
    @ConfigProperty(name = "portal.cookies.secure", defaultValue = "false")
    boolean secure;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
    }
}
