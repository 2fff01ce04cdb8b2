package org.ccionetwork.portal.events;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ccionetwork.portal.shared.NotFoundException;
import org.ccionetwork.portal.web.PublicUrls;

/**
 * /members/cpd/certificate.pdf?e=eventId: the signed-in member's certificate of attendance for an
 * event they were checked in at (AccessFilter asks for sign-in; anyone else's is not found).
 */
@WebServlet("/members/cpd/certificate.pdf")
public class CertificateServlet extends HttpServlet {

    @Inject
    private Certificates certificates;

    /** Asked for the viewer on each request: a servlet lives for the whole application, a Viewer for one request. */
    @Inject
    private org.ccionetwork.portal.security.CurrentUser currentUser;

    @Inject
    private PublicUrls urls;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String event = request.getParameter("e");
        try {
            if (event == null || !event.matches("\\d{1,18}")) {
                throw new NotFoundException("certificate");
            }
            var certificate = certificates.mine(currentUser.getViewer(), Long.parseLong(event));
            byte[] pdf =
                    CertificatePdf.of(certificate, urls.getBase() + Certificates.verificationPath(certificate.code()));
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "attachment; filename=\"cpd-certificate-" + event + ".pdf\"");
            response.setHeader("Cache-Control", "no-store");
            response.setContentLength(pdf.length);
            response.getOutputStream().write(pdf);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
