package org.ccionetwork.portal.library;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ccionetwork.portal.security.CurrentUser;
import org.ccionetwork.portal.shared.NotAllowedException;

/**
 * POST /library/upload?name=file.pdf with the file as the body (sent by the page's script, which
 * shows a progress bar): a member's file, checked and kept until the form that shares it is sent.
 * Answers JSON: the upload's token, name, size, type and SHA-256, or the reason it was refused.
 * The custom header the script sends cannot be sent cross-site without the portal's consent, so
 * no other site can make a member's browser upload.
 */
@WebServlet("/library/upload")
public class UploadServlet extends HttpServlet {

    static final String SAME_ORIGIN_HEADER = "X-Portal-Request";
    private static final long DISCARD_CEILING = 1024L * 1024 * 1024;

    @Inject
    private UploadReceiver receiver;

    @Inject
    private CurrentUser currentUser;

    /**
     * Reads and throws away what is left of a refused body (a few kilobytes at a time, never kept),
     * so that the client, still sending, gets to read the answer; past a ceiling the connection is
     * simply closed.
     */
    private static void discardRest(HttpServletRequest request) {
        byte[] buffer = new byte[64 * 1024];
        long left = DISCARD_CEILING;
        try {
            var in = request.getInputStream();
            int read;
            while (left > 0 && (read = in.read(buffer)) > 0) {
                left -= read;
            }
        } catch (IOException e) {
            // the client gave up: nothing more to do
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var viewer = currentUser.getViewer();
        if (!viewer.isMember() || request.getHeader(SAME_ORIGIN_HEADER) == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/json;charset=utf-8");
        try {
            var upload = receiver.receive(
                    viewer, request.getParameter("name"), request.getContentLengthLong(), request.getInputStream());
            response.getWriter()
                    .write(Json.createObjectBuilder()
                            .add("token", upload.getToken())
                            .add("name", upload.getFile().getFileName())
                            .add("size", upload.getFile().getSizeText())
                            .add("type", upload.getFile().getContentType())
                            .add("sha256", upload.getFile().getSha256())
                            .build()
                            .toString());
        } catch (UploadRefusedException e) {
            discardRest(request);
            response.setStatus(e.status());
            response.getWriter()
                    .write(Json.createObjectBuilder()
                            .add("error", e.getMessage())
                            .build()
                            .toString());
        } catch (NotAllowedException e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.getWriter()
                    .write(Json.createObjectBuilder()
                            .add("error", e.getMessage())
                            .build()
                            .toString());
        }
    }
}
