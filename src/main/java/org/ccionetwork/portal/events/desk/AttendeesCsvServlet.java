package org.ccionetwork.portal.events.desk;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.ccionetwork.portal.events.Attendance;
import org.ccionetwork.portal.shared.NotFoundException;

/** /events/desk/attendees.csv?id=: the attendee list for a spreadsheet (moderators; AccessFilter guards the path). */
@WebServlet("/events/desk/attendees.csv")
public class AttendeesCsvServlet extends HttpServlet {

    @Inject
    private Attendance attendance;

    /** Asked for the viewer on each request: a servlet lives for the whole application, a Viewer for one request. */
    @Inject
    private org.ccionetwork.portal.security.CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        try {
            if (id == null || !id.matches("\\d{1,18}")) {
                throw new NotFoundException("event");
            }
            String csv = attendance.csv(currentUser.getViewer(), Long.parseLong(id));
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"attendees-" + id + ".csv\"");
            response.setHeader("Cache-Control", "no-store");
            // A byte order mark, so that spreadsheets read the names' accents as UTF-8.
            response.getOutputStream().write(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
