package org.ccionetwork.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Where Keycloak posts a logout token when a person's Keycloak session ends (they signed out
 * elsewhere, an admin ended their sessions, or the session expired): OpenID Connect back-channel
 * logout. A valid token ends the portal session that Keycloak session opened, on every node; any
 * other request is refused with 400 and changes nothing.
 */
@WebServlet(BackChannelLogoutServlet.PATH)
public class BackChannelLogoutServlet extends HttpServlet {

    public static final String PATH = "/logout/backchannel";
    private static final Logger LOG = Logger.getLogger(BackChannelLogoutServlet.class.getName());

    @Inject
    private ProviderKeys provider;

    @Inject
    private OidcSettings settings;

    @Inject
    private EndedSessions endedSessions;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String sessionId;
        try {
            sessionId = LogoutTokens.sessionId(
                    request.getParameter("logout_token"),
                    provider.issuer(),
                    settings.getClientId(),
                    provider::key,
                    Instant.now());
        } catch (LogoutTokens.InvalidTokenException e) {
            LOG.info(() -> "Back-channel logout refused: " + e.getMessage());
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        try {
            endedSessions.end(sessionId, Instant.now());
        } catch (SQLException e) {
            // Keycloak is told it failed; the session still ends on this node.
            LOG.warning("A Keycloak session's end could not be recorded: " + e.getMessage());
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
    }
}
