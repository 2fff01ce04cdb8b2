package org.ccionetwork.portal.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import org.ccionetwork.portal.files.Images;
import org.ccionetwork.portal.members.MemberService;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.security.Role;
import org.ccionetwork.portal.security.SignInClaims;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.shared.NotFoundException;
import org.ccionetwork.portal.shared.Visibility;
import org.ccionetwork.portal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the deployed portal: the news rules for visitors, members and moderators, scheduling
 * raced by two schedulers, the featured limit, discussions and revisions. Each test makes its own
 * people and articles.
 */
@ExtendWith(ArquillianExtension.class)
class NewsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    private NewsService news;

    @Inject
    private MemberService members;

    @Inject
    private org.ccionetwork.portal.forum.Reading reading;

    @Inject
    private org.ccionetwork.portal.forum.Categories categories;

    @Inject
    private org.ccionetwork.portal.forum.Posting posting;

    @Inject
    private Clock clock;

    @Inject
    @PortalData
    private EntityManager em;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private jakarta.transaction.UserTransaction transaction;

    private Viewer person(Role... roles) {
        String subject = UUID.randomUUID().toString();
        var member = members.recordSignIn(new SignInClaims(
                subject, "user-" + subject.substring(0, 8), "Test " + roles.length, null, null, null, Set.of(roles)));
        return new Viewer(member.getId(), Set.of(roles));
    }

    /** A real PNG (this class runs inside the server, without the tests' helpers). */
    private static byte[] png(int width, int height) throws java.io.IOException {
        var image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private Article write(Viewer moderator, Visibility visibility) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return news.create(
                moderator,
                new ArticleContent(
                        "Article " + unique,
                        "Summary of " + unique,
                        "Body **" + unique + "**",
                        List.of("t" + unique),
                        null,
                        null,
                        visibility,
                        null),
                List.of());
    }

    private long audited(String action, Article article) throws Exception {
        transaction.begin();
        try {
            return (Long) em.createQuery("select count(a) from AuditEntry a where a.action = :a and a.target = :t")
                    .setParameter("a", action)
                    .setParameter("t", "article " + article.getSlug())
                    .getSingleResult();
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void twoSchedulersRacingPublishEachDueArticleOnce() throws Exception {
        var moderator = person(Role.MEMBER, Role.MODERATOR);
        var articles = new ArrayList<Article>();
        for (int i = 0; i < 12; i++) {
            var article = write(moderator, Visibility.PUBLIC);
            news.schedule(moderator, article.getId(), clock.instant().plusMillis(1500));
            articles.add(article);
        }
        Thread.sleep(1600);
        var barrier = new CyclicBarrier(2);
        List<Future<List<Long>>> racers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            racers.add(executor.submit(() -> {
                barrier.await();
                // A racer that fails fails the test: losing the race means claiming nothing, not an error.
                return news.publishDue();
            }));
        }
        var first = racers.get(0).get();
        var second = racers.get(1).get();
        var both = new HashSet<>(first);
        both.retainAll(second);
        assertEquals(Set.of(), both, "no article published by both schedulers");
        for (var article : articles) {
            var now = news.forEditing(moderator, article.getId());
            assertEquals(ArticleStatus.PUBLISHED, now.getStatus(), article.getSlug());
            assertEquals(1, audited("news.publish.scheduled", article), "published exactly once: " + article.getSlug());
        }
    }

    @Test
    void membersAndVisitorsFindNoDraftsAndNoEditorialSide() {
        var moderator = person(Role.MEMBER, Role.MODERATOR);
        var member = person(Role.MEMBER);
        var draft = write(moderator, Visibility.PUBLIC);
        for (var reader : List.of(member, Viewer.ANONYMOUS)) {
            assertThrows(NotFoundException.class, () -> news.article(reader, draft.getSlug()));
            assertThrows(NotFoundException.class, () -> news.desk(reader, ArticleStatus.DRAFT));
            assertThrows(NotFoundException.class, () -> news.forEditing(reader, draft.getId()));
            assertThrows(NotFoundException.class, () -> news.revisions(reader, draft.getId()));
            assertThrows(NotFoundException.class, () -> news.publishNow(reader, draft.getId()));
            assertThrows(
                    NotFoundException.class,
                    () -> news.schedule(reader, draft.getId(), clock.instant().plusSeconds(600)));
            assertThrows(NotFoundException.class, () -> news.feature(reader, draft.getId()));
            assertThrows(
                    NotFoundException.class,
                    () -> news.create(
                            reader,
                            new ArticleContent(
                                    "A member's news", "Summary", "", List.of(), null, null, Visibility.PUBLIC, null),
                            List.of()));
            assertFalse(news.published(reader, Optional.empty(), null).articles().stream()
                    .anyMatch(a -> a.getId().equals(draft.getId())));
        }
        assertEquals(
                ArticleStatus.DRAFT, news.forEditing(moderator, draft.getId()).getStatus(), "nothing changed");
        assertEquals(draft.getId(), news.article(moderator, draft.getSlug()).getId(), "moderators preview drafts");

        news.publishNow(moderator, draft.getId());
        assertEquals(draft.getId(), news.article(member, draft.getSlug()).getId());
        assertEquals(
                draft.getId(), news.article(Viewer.ANONYMOUS, draft.getSlug()).getId());
    }

    @Test
    void membersOnlyArticlesDoNotExistForVisitors() throws Exception {
        var moderator = person(Role.MEMBER, Role.MODERATOR);
        var member = person(Role.MEMBER);
        var closed = write(moderator, Visibility.MEMBERS);
        var image = Images.variants(png(800, 400));
        news.update(
                moderator,
                closed.getId(),
                news.forEditing(moderator, closed.getId()).getVersion(),
                new ArticleContent(
                        closed.getTitle(),
                        closed.getSummary(),
                        "Between us",
                        closed.getTagList(),
                        null,
                        null,
                        Visibility.MEMBERS,
                        "A chart"),
                image);
        news.publishNow(moderator, closed.getId());
        String tag = closed.getTagList().getFirst();

        assertEquals(closed.getId(), news.article(member, closed.getSlug()).getId());
        assertTrue(news.published(member, Optional.empty(), tag).articles().stream()
                .anyMatch(a -> a.getId().equals(closed.getId())));
        assertEquals("image/jpeg", news.image(member, closed.getId(), "large").getContentType());

        assertThrows(NotFoundException.class, () -> news.article(Viewer.ANONYMOUS, closed.getSlug()));
        assertThrows(NotFoundException.class, () -> news.image(Viewer.ANONYMOUS, closed.getId(), "large"));
        assertEquals(
                List.of(),
                news.published(Viewer.ANONYMOUS, Optional.empty(), tag).articles());
        assertTrue(news.featured(Viewer.ANONYMOUS).stream().noneMatch(Article::isMembersOnly));
    }

    @Test
    void theImageNeedsAltTextAndTheSaveIsRefusedWithout() throws Exception {
        var moderator = person(Role.MEMBER, Role.MODERATOR);
        var image = Images.variants(png(300, 300));
        var refused = assertThrows(
                NotAllowedException.class,
                () -> news.create(
                        moderator,
                        new ArticleContent(
                                "With an image", "Summary", "", List.of(), null, null, Visibility.PUBLIC, null),
                        image));
        assertTrue(refused.getMessage().contains("Describe the image"));
    }

    @Test
    void twoModeratorsEditingAtOnceDoNotOverwriteEachOther() {
        var moderator = person(Role.MEMBER, Role.MODERATOR);
        var other = person(Role.MEMBER, Role.MODERATOR);
        var article = write(moderator, Visibility.PUBLIC);
        long version = news.forEditing(moderator, article.getId()).getVersion();
        news.update(
                other,
                article.getId(),
                version,
                new ArticleContent(
                        article.getTitle(),
                        "Other's summary",
                        "Other's words",
                        List.of(),
                        null,
                        null,
                        Visibility.PUBLIC,
                        null),
                List.of());
        var stale = assertThrows(
                NotAllowedException.class,
                () -> news.update(
                        moderator,
                        article.getId(),
                        version,
                        new ArticleContent(
                                article.getTitle(), "Mine", "My words", List.of(), null, null, Visibility.PUBLIC, null),
                        List.of()));
        assertTrue(stale.getMessage().contains("Another moderator saved"));
        assertEquals(
                "Other's words", news.forEditing(moderator, article.getId()).getBodySource());
    }

    @Test
    void everySaveKeepsARevisionAndTwoCanBeCompared() {
        var moderator = person(Role.MEMBER, Role.MODERATOR);
        var other = person(Role.MEMBER, Role.MODERATOR);
        var article = write(moderator, Visibility.PUBLIC);
        news.update(
                other,
                article.getId(),
                news.forEditing(other, article.getId()).getVersion(),
                new ArticleContent(
                        article.getTitle(),
                        article.getSummary(),
                        "A new paragraph from the second moderator",
                        List.of(),
                        null,
                        null,
                        Visibility.PUBLIC,
                        null),
                List.of());
        var revisions = news.revisions(moderator, article.getId());
        assertEquals(2, revisions.size());
        assertEquals(other.memberId(), revisions.get(0).getEditor().getId(), "newest first, with who saved");
        var diff = news.compare(
                moderator,
                article.getId(),
                revisions.get(1).getId(),
                revisions.get(0).getId());
        assertTrue(diff.contains("+A new paragraph from the second moderator"), diff.toString());
        assertTrue(diff.stream().anyMatch(line -> line.startsWith("-Body **")), diff.toString());
        assertThrows(
                NotFoundException.class,
                () -> news.compare(moderator, article.getId(), revisions.get(1).getId(), Long.MAX_VALUE));
    }

    @Test
    void atMostThreeArticlesAreFeaturedInTheModeratorsOrder() {
        var moderator = person(Role.MEMBER, Role.MODERATOR);
        news.desk(moderator, ArticleStatus.PUBLISHED).stream()
                .filter(Article::isFeatured)
                .forEach(a -> news.unfeature(moderator, a.getId()));
        var articles = new ArrayList<Article>();
        for (int i = 0; i < 4; i++) {
            var article = write(moderator, Visibility.PUBLIC);
            news.publishNow(moderator, article.getId());
            articles.add(article);
        }
        var draft = write(moderator, Visibility.PUBLIC);
        assertThrows(
                NotAllowedException.class, () -> news.feature(moderator, draft.getId()), "drafts are not featured");
        for (int i = 0; i < 3; i++) {
            news.feature(moderator, articles.get(i).getId());
        }
        var refused = assertThrows(
                NotAllowedException.class,
                () -> news.feature(moderator, articles.get(3).getId()));
        assertTrue(refused.getMessage().contains("Three articles are featured"));

        news.moveFeatured(moderator, articles.get(2).getId(), true);
        assertEquals(
                List.of(
                        articles.get(0).getId(),
                        articles.get(2).getId(),
                        articles.get(1).getId()),
                news.featured(Viewer.ANONYMOUS).stream().map(Article::getId).toList());
        news.unfeature(moderator, articles.get(0).getId());
        news.feature(moderator, articles.get(3).getId());
        assertEquals(
                List.of(
                        articles.get(2).getId(),
                        articles.get(1).getId(),
                        articles.get(3).getId()),
                news.featured(Viewer.ANONYMOUS).stream().map(Article::getId).toList());
    }

    @Test
    void theFirstMemberToDiscussStartsTheTopicAndOthersJoinIt() {
        var moderator = person(Role.MEMBER, Role.MODERATOR);
        var article = write(moderator, Visibility.PUBLIC);
        news.publishNow(moderator, article.getId());
        assertThrows(NotAllowedException.class, () -> news.discuss(Viewer.ANONYMOUS, article.getId()));

        var first = person(Role.MEMBER);
        long topicId = news.discuss(first, article.getId());
        assertEquals(topicId, news.discuss(person(Role.MEMBER), article.getId()), "later clicks go to the same topic");
        var topic = reading.topic(first, topicId);
        assertEquals(article.getTitle(), topic.getTitle());
        assertEquals(
                NewsService.DISCUSSION_CATEGORY,
                categories.categoryOf(first, topic).getSlug());
        assertThrows(
                NotFoundException.class,
                () -> reading.topic(Viewer.ANONYMOUS, topicId),
                "the discussion is members-only");

        posting.reply(first, topicId, "I agree", null);
        assertEquals(1, news.discussionReplies(news.article(Viewer.ANONYMOUS, article.getSlug())));
    }

    @Test
    void theDeskRefusesTimesInThePast() {
        var moderator = person(Role.MEMBER, Role.MODERATOR);
        var article = write(moderator, Visibility.PUBLIC);
        assertThrows(
                NotAllowedException.class,
                () -> news.schedule(moderator, article.getId(), clock.instant().minus(Duration.ofMinutes(1))));
        assertEquals(
                ArticleStatus.DRAFT, news.forEditing(moderator, article.getId()).getStatus());
    }
}
