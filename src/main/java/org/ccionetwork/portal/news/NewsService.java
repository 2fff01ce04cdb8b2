package org.ccionetwork.portal.news;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ccionetwork.portal.audit.AuditLog;
import org.ccionetwork.portal.files.Images;
import org.ccionetwork.portal.members.Member;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.persistence.TimeCursor;
import org.ccionetwork.portal.persistence.Times;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.shared.NotFoundException;
import org.ccionetwork.portal.shared.Visibility;
import org.ccionetwork.portal.text.Markdown;
import org.ccionetwork.portal.text.Slugs;

/**
 * The news: moderators write, schedule, publish, feature and archive articles; readers see what is
 * published and theirs to read. Every method checks the viewer on the server: the editorial side
 * does not exist (404) for anyone but moderators, and members-only articles do not exist for
 * visitors. Every editorial action goes to the audit log.
 */
@ApplicationScoped
@Transactional
public class NewsService {

    public static final int PAGE_SIZE = 10;
    public static final String DISCUSSION_CATEGORY = "news-discussion";

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private org.ccionetwork.portal.forum.Discussions discussions;

    /** A page of published articles the viewer may read, newest first, optionally with one tag. */
    public record ArticleList(List<Article> articles, String olderCursor) {}

    // ---- reading

    public ArticleList published(Viewer viewer, Optional<TimeCursor> older, String tag) {
        return published(viewer, older, tag, PAGE_SIZE);
    }

    /** The same, with another page size (the feeds hold more). */
    public ArticleList published(Viewer viewer, Optional<TimeCursor> older, String tag, int size) {
        String jpql = "select a from Article a join fetch a.author where a.status = :published"
                + (viewer.isMember() ? "" : " and a.visibility = :public")
                + (tag == null ? "" : " and :tag member of a.tagSet")
                + (older.isPresent() ? " and (a.publishedAt < :at or (a.publishedAt = :at and a.id < :id))" : "")
                + " order by a.publishedAt desc, a.id desc";
        var query = em.createQuery(jpql, Article.class).setParameter("published", ArticleStatus.PUBLISHED);
        if (!viewer.isMember()) {
            query.setParameter("public", Visibility.PUBLIC);
        }
        if (tag != null) {
            query.setParameter("tag", tag);
        }
        older.ifPresent(o -> query.setParameter("at", Times.stored(o.at())).setParameter("id", o.id()));
        var page = new ArrayList<>(query.setMaxResults(size + 1).getResultList());
        boolean more = page.size() > size;
        if (more) {
            page.removeLast();
        }
        return new ArticleList(
                page,
                more
                        ? new TimeCursor(
                                        page.getLast().getPublishedAt(),
                                        page.getLast().getId())
                                .token()
                        : null);
    }

    /** The featured articles the viewer may read, in the moderators' order (at most three). */
    public List<Article> featured(Viewer viewer) {
        return em.createQuery(
                        "select a from Article a join fetch a.author where a.status = :published"
                                + " and a.featuredRank is not null order by a.featuredRank",
                        Article.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultStream()
                .filter(a -> viewer.canRead(a.getVisibility()))
                .toList();
    }

    /**
     * An article by its address. Readers find it only when it is published and theirs to read;
     * moderators find it in any state, which is how they preview it exactly as readers will see it.
     */
    public Article article(Viewer viewer, String slug) {
        var article = em.createQuery("select a from Article a join fetch a.author where a.slug = :slug", Article.class)
                .setParameter("slug", slug == null ? "" : slug)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("article"));
        requireReadable(viewer, article);
        return article;
    }

    private static void requireReadable(Viewer viewer, Article article) {
        if (viewer.isModerator()) {
            return;
        }
        if (!article.isPublished()) {
            throw new NotFoundException("article");
        }
        viewer.requireRead(article.getVisibility(), "article");
    }

    /** A size of an article's lead image, for whoever may read the article. */
    public ArticleImage image(Viewer viewer, long articleId, String variant) {
        var article = Optional.ofNullable(em.find(Article.class, articleId))
                .orElseThrow(() -> new NotFoundException("image"));
        requireReadable(viewer, article);
        return Optional.ofNullable(em.find(ArticleImage.class, new ArticleImage.Key(articleId, variant)))
                .orElseThrow(() -> new NotFoundException("image"));
    }

    /** How many replies the article's discussion has (none before its first). */
    public int discussionReplies(Article article) {
        return discussions.replies(article.getTopicId());
    }

    /**
     * The forum topic where members discuss an article: the first member to ask starts it (in the
     * members-only "News discussion" category), later ones are sent to it.
     */
    public long discuss(Viewer viewer, long articleId) {
        viewer.requireMember();
        var article = Optional.ofNullable(em.find(Article.class, articleId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFoundException("article"));
        requireReadable(viewer, article);
        long topicId = discussions.open(
                viewer,
                article.getTopicId(),
                new org.ccionetwork.portal.forum.Discussions.Place(
                        DISCUSSION_CATEGORY,
                        "News discussion",
                        "Members talk about the network's news. Each article has its topic here.",
                        Visibility.MEMBERS),
                article.getTitle(),
                "Discussion of the news article [" + article.getTitle().replace("]", "\\]") + "]("
                        + Links.article(article.getSlug()) + ").\n\n> "
                        + article.getSummary().replace("\n", " "),
                article.getTagList());
        if (article.getTopicId() == null || article.getTopicId() != topicId) {
            article.linkTopic(topicId);
        }
        return topicId;
    }

    // ---- the news desk

    /** The moderators' view: every article in a state, most recently changed first. */
    /** The tags articles carry, most used first (200 at most), for the desk's suggestions. */
    public List<String> tagsByUse(Viewer viewer) {
        viewer.requireModerator("news desk");
        return em.createQuery(
                        "select t from Article a join a.tagSet t group by t order by count(a) desc, t", String.class)
                .setMaxResults(200)
                .getResultList();
    }

    public List<Article> desk(Viewer viewer, ArticleStatus status) {
        viewer.requireModerator("news desk");
        String order = switch (status) {
            case SCHEDULED -> "a.publishAt asc";
            case PUBLISHED -> "a.featuredRank asc nulls last, a.publishedAt desc";
            default -> "a.updated desc";
        };
        return em.createQuery(
                        "select a from Article a join fetch a.author where a.status = :s order by " + order
                                + ", a.id desc",
                        Article.class)
                .setParameter("s", status)
                .setMaxResults(100)
                .getResultList();
    }

    public Article forEditing(Viewer viewer, long articleId) {
        viewer.requireModerator("news desk");
        return Optional.ofNullable(em.find(Article.class, articleId))
                .orElseThrow(() -> new NotFoundException("article"));
    }

    /** A new draft; the image (already checked) is optional. */
    public Article create(Viewer viewer, ArticleContent content, List<Images.Variant> image) {
        viewer.requireModerator("news desk");
        requireAltText(content, image, false);
        Instant now = clock.instant();
        var author = em.find(Member.class, viewer.memberId());
        var article = new Article(uniqueSlug(content.title()), author, now);
        article.write(content, render(content.body()), now);
        em.persist(article);
        em.flush();
        org.ccionetwork.portal.search.SearchStale.fire(org.ccionetwork.portal.search.SearchKind.NEWS, article.getId());
        replaceImage(article, image);
        em.persist(new ArticleRevision(article, author, now));
        audit.record(viewer.memberId(), "news.create", "article " + article.getSlug(), null);
        return article;
    }

    /**
     * Saves a moderator's changes. The version is the one their form was made from: when another
     * moderator saved in between, the save is refused with a message and the text stays in the form.
     */
    public Article update(
            Viewer viewer, long articleId, long version, ArticleContent content, List<Images.Variant> image) {
        var article = forEditing(viewer, articleId);
        if (article.getVersion() != version) {
            throw new NotAllowedException("Another moderator saved this article while you were editing it."
                    + " Copy your changes, reload the page and apply them again.");
        }
        requireAltText(content, image, article.isWithImage());
        Instant now = clock.instant();
        article.write(content, render(content.body()), now);
        replaceImage(article, image);
        em.persist(new ArticleRevision(article, em.find(Member.class, viewer.memberId()), now));
        audit.record(viewer.memberId(), "news.edit", "article " + article.getSlug(), null);
        return article;
    }

    private static void requireAltText(ArticleContent content, List<Images.Variant> image, boolean hasImage) {
        if ((hasImage || !image.isEmpty()) && content.imageAlt() == null) {
            throw new NotAllowedException("Describe the image for people who cannot see it.");
        }
    }

    private void replaceImage(Article article, List<Images.Variant> image) {
        if (image.isEmpty()) {
            return;
        }
        em.createQuery("delete from ArticleImage i where i.articleId = :a")
                .setParameter("a", article.getId())
                .executeUpdate();
        image.forEach(variant -> em.persist(new ArticleImage(article.getId(), variant)));
        article.imageReplaced();
    }

    private static String render(String body) {
        return Markdown.toSafeHtml(body);
    }

    /** An address made from the title, made unique with a number when it is taken. */
    String uniqueSlug(String title) {
        return Slugs.unique(
                title,
                "article",
                slug -> em.createQuery("select count(a) from Article a where a.slug = :s", Long.class)
                                .setParameter("s", slug)
                                .getSingleResult()
                        > 0);
    }

    public void schedule(Viewer viewer, long articleId, Instant at) {
        var article = forEditing(viewer, articleId);
        article.schedule(at, clock.instant());
        audit.record(viewer.memberId(), "news.schedule", "article " + article.getSlug(), "for " + at);
    }

    public void publishNow(Viewer viewer, long articleId) {
        var article = forEditing(viewer, articleId);
        article.publish(clock.instant());
        audit.record(viewer.memberId(), "news.publish", "article " + article.getSlug(), null);
    }

    public void unpublish(Viewer viewer, long articleId) {
        var article = forEditing(viewer, articleId);
        article.unpublish();
        audit.record(viewer.memberId(), "news.unpublish", "article " + article.getSlug(), null);
    }

    public void archive(Viewer viewer, long articleId) {
        var article = forEditing(viewer, articleId);
        article.archive();
        audit.record(viewer.memberId(), "news.archive", "article " + article.getSlug(), null);
    }

    /** Puts a published article last among the featured; at most three are featured at a time. */
    public void feature(Viewer viewer, long articleId) {
        var article = forEditing(viewer, articleId);
        if (article.isFeatured()) {
            return;
        }
        var featured = featuredForDesk();
        if (featured.size() >= Article.MAX_FEATURED) {
            throw new NotAllowedException("Three articles are featured already: stop featuring one first.");
        }
        article.feature(featured.size() + 1);
        audit.record(viewer.memberId(), "news.feature", "article " + article.getSlug(), null);
    }

    public void unfeature(Viewer viewer, long articleId) {
        var article = forEditing(viewer, articleId);
        article.feature(null);
        renumber(featuredForDesk());
        audit.record(viewer.memberId(), "news.unfeature", "article " + article.getSlug(), null);
    }

    /** Moves a featured article one place up (earlier) or down among the featured. */
    public void moveFeatured(Viewer viewer, long articleId, boolean up) {
        forEditing(viewer, articleId);
        var featured = new ArrayList<>(featuredForDesk());
        int at = -1;
        for (int i = 0; i < featured.size(); i++) {
            if (featured.get(i).getId() == articleId) {
                at = i;
            }
        }
        int to = up ? at - 1 : at + 1;
        if (at < 0 || to < 0 || to >= featured.size()) {
            return;
        }
        featured.add(to, featured.remove(at));
        renumber(featured);
        audit.record(
                viewer.memberId(), "news.reorder", "article " + featured.get(to).getSlug(), up ? "up" : "down");
    }

    private List<Article> featuredForDesk() {
        return em.createQuery(
                        "select a from Article a where a.featuredRank is not null order by a.featuredRank",
                        Article.class)
                .getResultList();
    }

    private static void renumber(List<Article> featured) {
        // Two steps, so that no two articles share a rank in between.
        for (int i = 0; i < featured.size(); i++) {
            featured.get(i).feature(100 + i);
        }
        for (int i = 0; i < featured.size(); i++) {
            featured.get(i).feature(i + 1);
        }
    }

    public List<ArticleRevision> revisions(Viewer viewer, long articleId) {
        forEditing(viewer, articleId);
        return em.createQuery(
                        "select r from ArticleRevision r join fetch r.editor where r.articleId = :a order by r.id desc",
                        ArticleRevision.class)
                .setParameter("a", articleId)
                .getResultList();
    }

    /** Two revisions of one article, compared line by line (unified diff, without its header). */
    public List<String> compare(Viewer viewer, long articleId, long fromId, long toId) {
        var revisions = revisions(viewer, articleId);
        var from = revisions.stream()
                .filter(r -> r.getId() == fromId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("revision"));
        var to = revisions.stream()
                .filter(r -> r.getId() == toId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("revision"));
        List<String> a = from.asText().lines().toList();
        List<String> b = to.asText().lines().toList();
        var diff = UnifiedDiffUtils.generateUnifiedDiff("from", "to", a, DiffUtils.diff(a, b), 3);
        return diff.size() > 2 ? diff.subList(2, diff.size()) : List.of();
    }

    // ---- the scheduler's part

    /**
     * Publishes every scheduled article whose time has come. Each article is claimed by one
     * conditional UPDATE (status still SCHEDULED): when several nodes run this at once, the
     * database lets exactly one of them change the row, and only that one records it.
     */
    public List<Long> publishDue() {
        var published = DueArticles.claim(em, clock.instant());
        for (Long id : published) {
            var article = em.find(Article.class, id);
            em.refresh(article);
            audit.record(article.getAuthor().getId(), "news.publish.scheduled", "article " + article.getSlug(), null);
        }
        return published;
    }
}
