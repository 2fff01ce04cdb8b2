package org.ccionetwork.portal.notify;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * An unsubscribe link from a message. Opening it (GET) changes nothing, since mail scanners open
 * links: it shows what the link stops and a button. The button, or a mail program's one-click
 * unsubscribe (RFC 8058: a POST of {@code List-Unsubscribe=One-Click} to the same address), changes
 * that one choice. No sign-in is needed: the signed token is the permission; a changed or expired
 * one changes nothing.
 */
@WebServlet(UnsubscribeLinks.PATH)
public class UnsubscribeServlet extends HttpServlet {

    static final String PAGE = "/mail/unsubscribe.xhtml";

    @Inject
    private UnsubscribeLinks links;

    @Inject
    private MailPreferences preferences;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        show(request, response, false);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        var target = links.read(request.getParameter("t"));
        if (target.isPresent()) {
            if (UnsubscribeLinks.DIGEST.equals(target.get().kind())) {
                preferences.digestOff(target.get().memberId());
            } else {
                preferences.set(target.get().memberId(), kind(target.get().kind()), MailKind.Delivery.NEVER);
            }
        }
        show(request, response, target.isPresent());
    }

    private void show(HttpServletRequest request, HttpServletResponse response, boolean done)
            throws ServletException, IOException {
        var target = links.read(request.getParameter("t"));
        if (target.isEmpty()
                || !UnsubscribeLinks.DIGEST.equals(target.get().kind())
                        && kind(target.get().kind()) == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            request.setAttribute("unsubscribeWhat", null);
        } else {
            request.setAttribute(
                    "unsubscribeWhat",
                    UnsubscribeLinks.DIGEST.equals(target.get().kind())
                            ? "the digest (“What you missed in the CCIO Network”)"
                            : kind(target.get().kind()).label().toLowerCase(java.util.Locale.UK));
            request.setAttribute("unsubscribeToken", request.getParameter("t"));
            request.setAttribute("unsubscribeDone", done);
        }
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        request.getRequestDispatcher(PAGE).forward(request, response);
    }

    private static MailKind kind(String name) {
        try {
            return MailKind.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
