package org.ccionetwork.portal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * "Sign out": ends the portal session and, through the OpenID Connect mechanism, the Keycloak
 * session too (RP-initiated logout), which then returns the browser to the home page. A Faces form
 * post, so the server-side view state guards it against cross-site requests.
 */
@Named
@RequestScoped
public class SignOut {

    @Inject
    private HttpServletRequest request;

    @Inject
    private FacesContext faces;

    public void submit() throws ServletException, IOException {
        var external = faces.getExternalContext();
        SignInHint.clear(request, (jakarta.servlet.http.HttpServletResponse) external.getResponse());
        if (request.getUserPrincipal() != null) {
            request.logout();
        }
        if (!external.isResponseCommitted()) {
            external.invalidateSession();
            external.redirect(external.getRequestContextPath() + "/");
        }
        faces.responseComplete();
    }
}
