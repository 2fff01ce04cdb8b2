package org.ccionetwork.portal.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** "Sign in": remembers where the person was and hands them to Keycloak's login page. */
@WebServlet(SignInServlet.PATH)
public class SignInServlet extends HttpServlet {

    public static final String PATH = "/signin";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String target = ReturnTo.safe(request.getParameter("returnTo"));
        if (request.getUserPrincipal() != null) {
            response.sendRedirect(request.getContextPath() + target);
            return;
        }
        ReturnTo.remember(request, target);
        if (request.authenticate(response) && !response.isCommitted()) {
            response.sendRedirect(request.getContextPath() + ReturnTo.consume(request));
        }
    }
}
