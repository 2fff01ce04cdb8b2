package org.ccionetwork.portal.library;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.ccionetwork.portal.files.FileStore;
import org.ccionetwork.portal.security.CurrentUser;
import org.ccionetwork.portal.shared.NotFoundException;

/**
 * /library/download/{item}/{version}: the file, streamed from the store (never whole in memory),
 * as an attachment except PDFs and images, with its checked type and nosniff.
 * /library/preview/{item}/{version}: its small preview picture. Anyone who may not see the item
 * gets 404, whatever numbers they try.
 */
@WebServlet({"/library/download/*", "/library/preview/*"})
public class DownloadServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(DownloadServlet.class.getName());
    private static final Pattern PATH = Pattern.compile("/([0-9]{1,18})/([0-9]{1,9})");

    @Inject
    private LibraryService library;

    @Inject
    private FileStore store;

    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var matcher = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!matcher.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var viewer = currentUser.getViewer();
        long itemId = Long.parseLong(matcher.group(1));
        StoredFile version;
        try {
            version = library.version(viewer, itemId, Integer.parseInt(matcher.group(2)))
                    .getFile();
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        if (request.getServletPath().equals("/library/preview")) {
            if (!version.isWithPreview()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(version.getPreviewType());
            response.getOutputStream().write(version.getPreview());
            return;
        }
        try {
            library.countDownload(viewer, itemId);
        } catch (RuntimeException e) {
            LOG.fine(() -> "Download not counted: " + e.getMessage());
        }
        boolean inline = version.isInline();
        response.setContentType(version.getContentType());
        response.setContentLengthLong(version.getSizeBytes());
        response.setHeader(
                "Content-Disposition",
                (inline ? "inline" : "attachment") + "; filename=\""
                        + version.getFileName().replaceAll("[^A-Za-z0-9._ -]", "_") + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(version.getFileName(), StandardCharsets.UTF_8)
                                .replace("+", "%20"));
        response.setHeader("X-Checksum-SHA256", version.getSha256());
        try (var in = store.open(version.getBlobKey());
                var out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
