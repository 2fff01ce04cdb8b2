package org.ccionetwork.portal.forum;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ccionetwork.portal.security.Viewer;
import org.omnifaces.cdi.Param;

/** /forum/search.xhtml?q=words&amp;before=id: posts with all the words, newest first, that the viewer may read. */
@Named
@RequestScoped
public class SearchPage {

    @Inject
    private ForumSearch forumSearch;

    @Inject
    private Viewer viewer;

    @Inject
    @Param(name = "q")
    private String words;

    @Inject
    @Param(name = "before")
    private String before;

    private ForumSearch.Hits hits;

    public ForumSearch.Hits getHits() {
        if (hits == null) {
            Long cursor = before != null && before.matches("[0-9]{1,18}") ? Long.valueOf(before) : null;
            hits = forumSearch.search(viewer, getQ(), cursor);
        }
        return hits;
    }

    public String getQ() {
        return words == null || words.isBlank() ? null : words.strip();
    }

    public String link(ForumSearch.Hit hit) {
        return Links.post(hit.topic().getId(), hit.post().getPostNumber());
    }

    public String getNextLink() {
        return "/forum/search.xhtml?q=" + java.net.URLEncoder.encode(getQ(), java.nio.charset.StandardCharsets.UTF_8)
                + "&before=" + getHits().nextBefore();
    }
}
