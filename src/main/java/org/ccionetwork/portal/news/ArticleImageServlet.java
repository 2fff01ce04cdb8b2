package org.ccionetwork.portal.news;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.ccionetwork.portal.security.CurrentUser;
import org.ccionetwork.portal.shared.NotFoundException;

/**
 * /news/image/{article}/{size}-{version}: an article's lead image, for whoever may read the
 * article. The version in the address changes with each new image, so browsers may keep it.
 */
@WebServlet("/news/image/*")
public class ArticleImageServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/([0-9]{1,18})/(large|small)-[0-9]{1,9}");

    @Inject
    private NewsService news;

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
            var image = news.image(currentUser.getViewer(), Long.parseLong(matcher.group(1)), matcher.group(2));
            response.setContentType(image.getContentType());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "private, max-age=31536000, immutable");
            response.setContentLength(image.getData().length);
            response.getOutputStream().write(image.getData());
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
