package org.ccionetwork.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.security.Viewer;

/**
 * One search over every feature: the documents the viewer may find (a visitor the public ones, a
 * member the members' ones too; hidden and deleted things have no document), best first, with a
 * count per kind that counts only those, and excerpts with the words found marked.
 */
@ApplicationScoped
@Transactional
public class Search {

    /**
     * Counts stop there ("500+"): a count is a hint, not a reason to read a million rows. On
     * PostgreSQL a word's newest matches up to this many are also the ones ranked (TextIndex): at
     * 1,000 a word in half the benchmark's million posts had p99 105 ms at 16 connections, over
     * #16's 100 ms, the database's scan and ranking of the candidates most of it.
     */
    public static final int COUNT_CAP = 500;

    public static final int PAGE = 20;
    private static final int PER_KIND_ON_ALL = 3;
    private static final Pattern CURSOR = Pattern.compile("(-?[0-9]{1,18})_([0-9]{1,18})");

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private Indexing indexing;

    /** One thing found. */
    public record Hit(
            SearchKind kind, String title, String link, OffsetDateTime at, Excerpt heading, Excerpt excerpt) {}

    /**
     * The results of a search.
     *
     * @param query what was searched for
     * @param counts how many of each kind the viewer may find (at most {@link #COUNT_CAP})
     * @param hits the best of each kind when no kind is chosen, else the page of that kind
     * @param next the cursor of that kind's next page, or null
     */
    public record Results(
            SearchQuery query, Map<SearchKind, Integer> counts, Map<SearchKind, List<Hit>> hits, String next) {

        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Searches all kinds (the best few of each), or one kind a page at a time after the cursor. */
    public Results search(Viewer viewer, String typed, SearchKind kind, String after) {
        var query = SearchQuery.parse(typed, false);
        var hits = new EnumMap<SearchKind, List<Hit>>(SearchKind.class);
        var counts = new EnumMap<SearchKind, Integer>(SearchKind.class);
        if (query.isEmpty()) {
            return new Results(query, counts, hits, null);
        }
        var index = indexing.index();
        var readable = viewer.readable();
        String next = null;
        if (kind == null) {
            for (SearchKind each : SearchKind.values()) {
                var best = index.best(em, each.key(), readable, query, PER_KIND_ON_ALL, COUNT_CAP);
                counts.put(each, best.count());
                if (best.count() > 0) {
                    hits.put(each, hits(best.found(), query));
                }
            }
        } else {
            var kinds = Arrays.stream(SearchKind.values()).map(SearchKind::key).toList();
            index.counts(em, kinds, readable, query, COUNT_CAP)
                    .forEach((key, count) -> SearchKind.of(key).ifPresent(k -> counts.put(k, count)));
            var found =
                    index.find(em, kind.key(), readable, query, cursor(after).orElse(null), PAGE + 1);
            if (found.size() > PAGE) {
                var last = found.get(PAGE - 1);
                next = last.rank() + "_" + last.id();
                found = found.subList(0, PAGE);
            }
            hits.put(kind, hits(found, query));
        }
        return new Results(query, counts, hits, next);
    }

    /** Suggestions while typing: the best few titles of any kind for what is typed so far, the last word unfinished. */
    public List<Hit> suggest(Viewer viewer, String typed, int most) {
        var query = SearchQuery.parse(typed, true);
        if (query.isEmpty() || String.join(" ", query.words()).length() < 3) {
            return List.of();
        }
        return hits(indexing.index().find(em, null, viewer.readable(), query, null, most), query);
    }

    private static List<Hit> hits(List<TextIndex.Found> found, SearchQuery query) {
        return found.stream()
                .map(f -> new Hit(
                        SearchKind.of(f.kind()).orElseThrow(),
                        f.heading(),
                        f.link(),
                        f.at(),
                        Excerpt.of(f.heading(), query),
                        Excerpt.of(f.body().isEmpty() ? f.summary() : f.body(), query)))
                .toList();
    }

    private static Optional<long[]> cursor(String after) {
        if (after == null) {
            return Optional.empty();
        }
        var matcher = CURSOR.matcher(after);
        return matcher.matches()
                ? Optional.of(new long[] {Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2))})
                : Optional.empty();
    }
}
