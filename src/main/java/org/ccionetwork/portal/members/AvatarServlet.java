package org.ccionetwork.portal.members;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.ccionetwork.portal.security.CurrentUser;
import org.ccionetwork.portal.shared.NotAllowedException;

/** /members/avatar/{member}-{version}: a member's avatar, for members (the access filter guards /members too). */
@WebServlet("/members/avatar/*")
public class AvatarServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/([0-9]{1,18})-[0-9]{1,9}");

    @Inject
    private MemberService members;

    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var matcher = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!matcher.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            var avatar = members.avatar(currentUser.getViewer(), Long.parseLong(matcher.group(1)));
            if (avatar.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(avatar.get().contentType());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "private, max-age=31536000, immutable");
            response.getOutputStream().write(avatar.get().data());
        } catch (NotAllowedException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
