package org.ccionetwork.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.ccionetwork.portal.shared.Failures;

/** "Sign in": remembers where the person was and hands them to Keycloak's login page. */
@WebServlet(SignInServlet.PATH)
public class SignInServlet extends HttpServlet {

    public static final String PATH = "/signin";
    private static final Logger LOG = Logger.getLogger(SignInServlet.class.getName());

    @Inject
    private OidcSettings oidc;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String target = ReturnTo.safe(request.getParameter("returnTo"));
        if (request.getUserPrincipal() != null) {
            response.sendRedirect(request.getContextPath() + target);
            return;
        }
        ReturnTo.remember(request, target);
        boolean signedIn;
        try {
            signedIn = request.authenticate(response);
        } catch (ServletException | RuntimeException e) {
            providerUnreachable(response, Failures.rootMessage(e));
            return;
        }
        if (signedIn) {
            if (!response.isCommitted()) {
                response.sendRedirect(request.getContextPath() + ReturnTo.consume(request));
            }
        } else if (!response.isCommitted() && response.getHeader("Location") == null) {
            // The mechanism neither signed the person in nor sent them to the provider: it could not reach it.
            providerUnreachable(response, "no answer from " + oidc.discoveryDocument());
        }
    }

    private void providerUnreachable(HttpServletResponse response, String why) throws IOException {
        LOG.severe(() -> "The portal cannot reach its sign-in provider (portal.oidc.provider-uri = "
                + oidc.getProviderUri() + "): " + why + ". Nobody can sign in until it answers.");
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
}
