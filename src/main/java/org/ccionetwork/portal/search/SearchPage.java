package org.ccionetwork.portal.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ccionetwork.portal.security.Viewer;
import org.omnifaces.cdi.Param;

/**
 * /search/?q=words&amp;kind=news&amp;after=cursor: everything the viewer may find, the best few of
 * each kind side by side, or one kind page by page.
 */
@Named("siteSearch")
@RequestScoped
public class SearchPage {

    @Inject
    private Search search;

    @Inject
    private Viewer viewer;

    @Inject
    @Param(name = "q")
    private String typed;

    @Inject
    @Param(name = "kind")
    private String kindKey;

    @Inject
    @Param(name = "after")
    private String after;

    private Search.Results results;

    public Search.Results getResults() {
        if (results == null) {
            results = search.search(viewer, getQ(), getKind(), after);
        }
        return results;
    }

    /** What was typed, as the box shows it again (bounded like the query itself). */
    public String getQ() {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String q = typed.strip();
        return q.length() > SearchQuery.MAX_INPUT ? q.substring(0, SearchQuery.MAX_INPUT) : q;
    }

    /** The kind chosen, or null for all. */
    public SearchKind getKind() {
        return kindKey == null ? null : SearchKind.of(kindKey).orElse(null);
    }

    public List<SearchKind> getKinds() {
        return List.of(SearchKind.values());
    }

    public List<Search.Hit> hits(SearchKind kind) {
        return getResults().hits().getOrDefault(kind, List.of());
    }

    public int count(SearchKind kind) {
        return getResults().counts().getOrDefault(kind, 0);
    }

    /** A count as shown: "500+" at the cap. */
    public String shownCount(int count) {
        return count >= Search.COUNT_CAP ? String.format("%,d+", Search.COUNT_CAP) : String.format("%,d", count);
    }

    public String link(SearchKind kind) {
        return "/search/?q=" + encoded() + (kind == null ? "" : "&kind=" + kind.key());
    }

    public String getNextLink() {
        return link(getKind()) + "&after=" + getResults().next();
    }

    private String encoded() {
        return URLEncoder.encode(getQ() == null ? "" : getQ(), StandardCharsets.UTF_8);
    }
}
