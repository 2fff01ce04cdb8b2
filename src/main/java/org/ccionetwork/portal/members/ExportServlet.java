package org.ccionetwork.portal.members;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ccionetwork.portal.security.CurrentUser;

/** /members/export: the signed-in member's own data as a ZIP (the access filter lets only members here). */
@WebServlet("/members/export")
public class ExportServlet extends HttpServlet {

    @Inject
    private PersonalData data;

    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var viewer = currentUser.getViewer();
        if (!viewer.isMember()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"ccio-network-my-data.zip\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        data.export(viewer, response.getOutputStream());
    }
}
