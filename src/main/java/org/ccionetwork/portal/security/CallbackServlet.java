package org.ccionetwork.portal.security;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where Keycloak sends the browser back after sign-in. The OpenID Connect mechanism has already
 * checked the answer and signed the person in; this records the sign-in and returns them to the
 * page they came from.
 */
@WebServlet(CallbackServlet.PATH)
public class CallbackServlet extends HttpServlet {

    public static final String PATH = "/callback";

    @Inject
    private OpenIdContext openId;

    @Inject
    private SignIns signIns;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "portal.cookies.secure", defaultValue = "false")
    boolean secureCookies;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            // A stale or forged callback: nothing to record; offer a fresh start.
            response.sendRedirect(request.getContextPath() + "/?signin=failed");
            return;
        }
        var claims = openId.getClaims();
        long memberId =
                signIns.record(SignInClaims.from(openId.getSubject(), claims::getStringClaim, request::isUserInRole));
        request.getSession().setAttribute(CurrentUser.MEMBER_ID, memberId);
        request.getSession().setAttribute(CurrentUser.SIGNED_IN_AT, System.currentTimeMillis());
        openId.getIdentityToken()
                .getJwtClaims()
                .getStringClaim("sid")
                .ifPresent(sid -> request.getSession().setAttribute(CurrentUser.SSO_SESSION, sid));
        SignInHint.set(request, response, secureCookies);
        response.sendRedirect(request.getContextPath() + ReturnTo.consume(request));
    }
}
