package org.ccionetwork.portal.forum;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ccionetwork.portal.shared.NotFoundException;

/** /forum/post/{id}: the permanent address of a post, which lands on the right page of its topic. */
@WebServlet("/forum/post/*")
public class PermalinkServlet extends HttpServlet {

    @Inject
    private Reading reading;

    @Inject
    private org.ccionetwork.portal.security.CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || !path.matches("/[0-9]{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            var post = reading.post(currentUser.getViewer(), Long.parseLong(path.substring(1)));
            response.sendRedirect(request.getContextPath() + Links.post(post.getTopicId(), post.getPostNumber()));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
