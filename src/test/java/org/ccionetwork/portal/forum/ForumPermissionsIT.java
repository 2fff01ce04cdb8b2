package org.ccionetwork.portal.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ccionetwork.portal.audit.AuditLog;
import org.ccionetwork.portal.members.MemberService;
import org.ccionetwork.portal.persistence.SqlCounter;
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
 * Inside the deployed portal: every forum rule, for visitors, members and moderators, in public
 * and members-only categories. Each test makes its own people and categories.
 */
@ExtendWith(ArquillianExtension.class)
class ForumPermissionsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    private Categories categories;

    @Inject
    private Posting posting;

    @Inject
    private Reading reading;

    @Inject
    private TopicLists topicLists;

    @Inject
    private Moderating moderating;

    @Inject
    private Watching watching;

    @Inject
    private Drafts drafts;

    @Inject
    @org.ccionetwork.portal.persistence.PortalData
    private jakarta.persistence.EntityManager em;

    @Inject
    private jakarta.transaction.UserTransaction transaction;

    @Inject
    private ForumSearch forumSearch;

    @Inject
    private MemberService members;

    @Inject
    private AuditLog audit;

    @Inject
    private org.ccionetwork.portal.notify.Notifications notifications;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "portal.forum.posts-per-minute")
    int postsPerMinute;

    @Inject
    private org.ccionetwork.portal.clock.Clocks clocks;

    private Viewer person(Role... roles) {
        String subject = UUID.randomUUID().toString();
        var member = members.recordSignIn(new SignInClaims(
                subject, "user-" + subject.substring(0, 8), "Test " + roles.length, null, null, null, Set.of(roles)));
        return new Viewer(member.getId(), Set.of(roles));
    }

    private List<String> notificationsOf(Viewer viewer) {
        return notifications.latest(viewer).stream()
                .map(org.ccionetwork.portal.notify.Notice::notification)
                .map(n -> n.getKind() + " " + n.getActor().getId() + " #" + n.getPostNumber())
                .toList();
    }

    private record Forum(
            Viewer admin,
            Viewer moderator,
            Viewer member,
            Viewer author,
            Category open,
            Category closed,
            Topic openTopic,
            Topic closedTopic) {}

    private Forum forum() {
        var admin = person(Role.MEMBER, Role.MODERATOR, Role.ADMIN);
        var moderator = person(Role.MEMBER, Role.MODERATOR);
        var author = person(Role.MEMBER);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        var open = categories.createCategory(
                admin, "open-" + unique, "Open " + unique, "", "#005eb8", 1, Visibility.PUBLIC, null);
        var closed = categories.createCategory(
                admin, "closed-" + unique, "Closed " + unique, "", "#d5281b", 2, Visibility.MEMBERS, null);
        var openTopic = posting.startTopic(
                author, open.getId(), "A public question", "Hello **all**", TopicKind.QUESTION, List.of("epr"));
        var closedTopic = posting.startTopic(
                author, closed.getId(), "A members-only topic", "Between us", TopicKind.DISCUSSION, List.of());
        return new Forum(admin, moderator, person(Role.MEMBER), author, open, closed, openTopic, closedTopic);
    }

    private long firstPostId(Viewer viewer, Topic topic) {
        return reading.posts(viewer, topic, 1).getFirst().getId();
    }

    @Test
    void visitorsReadPublicCategoriesAndFindNothingMembersOnly() {
        var f = forum();
        var anonymous = Viewer.ANONYMOUS;
        assertTrue(categories.readable(anonymous).stream()
                .anyMatch(c -> c.getId().equals(f.open().getId())));
        assertFalse(categories.readable(anonymous).stream()
                .anyMatch(c -> c.getId().equals(f.closed().getId())));
        assertEquals(
                f.openTopic().getId(),
                reading.topic(anonymous, f.openTopic().getId()).getId());
        assertEquals(1, reading.posts(anonymous, f.openTopic(), 1).size());

        assertThrows(
                NotFoundException.class,
                () -> categories.category(anonymous, f.closed().getSlug()));
        assertThrows(
                NotFoundException.class,
                () -> reading.topic(anonymous, f.closedTopic().getId()));
        long closedPost = firstPostId(f.member(), f.closedTopic());
        assertThrows(NotFoundException.class, () -> reading.post(anonymous, closedPost));
        assertThrows(
                NotFoundException.class,
                () -> topicLists.topics(anonymous, f.closed(), Optional.empty(), Optional.empty(), false));
        assertThrows(NotFoundException.class, () -> reading.topic(anonymous, Long.MAX_VALUE), "a forged id");
    }

    @Test
    void visitorsCannotWriteAnything() {
        var f = forum();
        var anonymous = Viewer.ANONYMOUS;
        long post = firstPostId(anonymous, f.openTopic());
        assertThrows(
                NotAllowedException.class,
                () -> posting.reply(anonymous, f.openTopic().getId(), "hi", null));
        assertThrows(
                NotAllowedException.class,
                () -> posting.startTopic(
                        anonymous, f.open().getId(), "Title here", "x", TopicKind.DISCUSSION, List.of()));
        assertThrows(NotAllowedException.class, () -> posting.like(anonymous, post));
        assertThrows(NotAllowedException.class, () -> posting.flag(anonymous, post, "spam"));
        assertThrows(
                NotFoundException.class,
                () -> moderating.setLocked(anonymous, f.openTopic().getId(), true, null));
    }

    @Test
    void membersReadAndWriteInBothKindsOfCategory() {
        var f = forum();
        var reply = posting.reply(f.member(), f.closedTopic().getId(), "Agreed, *quietly*.", 1);
        assertEquals(2, reply.getPostNumber());
        assertEquals(1, reply.getReplyTo());
        assertTrue(reply.getBodyHtml().contains("<em>quietly</em>"));
        var topic = reading.topic(f.member(), f.closedTopic().getId());
        assertEquals(1, topic.getReplyCount());
        assertEquals(reply.getAuthor().getId(), topic.getLastPoster().getId());
        assertEquals(2, reading.posts(f.member(), topic, 1).size());
    }

    @Test
    void membersCannotUseModeratorOrAdminTools() {
        var f = forum();
        var member = f.member();
        long post = firstPostId(member, f.openTopic());
        assertThrows(
                NotFoundException.class,
                () -> moderating.setPinned(member, f.openTopic().getId(), true, null));
        assertThrows(
                NotFoundException.class,
                () -> moderating.setLocked(member, f.openTopic().getId(), true, null));
        assertThrows(NotFoundException.class, () -> moderating.hide(member, post, "nope"));
        assertThrows(
                NotFoundException.class,
                () -> moderating.move(member, f.openTopic().getId(), f.closed().getId(), null));
        assertThrows(
                NotFoundException.class,
                () -> moderating.rename(member, f.openTopic().getId(), "Renamed topic", null));
        assertThrows(
                NotFoundException.class,
                () -> moderating.deleteTopic(member, f.openTopic().getId(), null));
        assertThrows(NotFoundException.class, () -> moderating.openFlags(member, null, 50));
        assertThrows(NotFoundException.class, () -> audit.entries(member, null, 50));
        assertThrows(
                NotFoundException.class,
                () -> categories.createCategory(
                        f.moderator(),
                        "x-" + UUID.randomUUID().toString().substring(0, 6),
                        "X",
                        "",
                        "#000000",
                        9,
                        Visibility.PUBLIC,
                        null),
                "categories are for admins");
        assertFalse(reading.topic(member, f.openTopic().getId()).isLocked(), "nothing changed");
    }

    @Test
    void onlyTheAuthorEditsAndDeletesAndRevisionsAreKept() {
        var f = forum();
        long post = firstPostId(f.member(), f.openTopic());
        assertThrows(
                NotAllowedException.class, () -> posting.edit(f.member(), post, "Hijacked", token(f.member(), post)));
        assertThrows(
                NotAllowedException.class,
                () -> posting.edit(f.moderator(), post, "Hijacked", token(f.member(), post)));
        assertThrows(NotAllowedException.class, () -> posting.deleteOwnPost(f.member(), post));

        var edited = posting.edit(f.author(), post, "Hello **everyone**", token(f.author(), post));
        assertTrue(edited.isEditedSinceCreated());
        assertTrue(edited.getBodyHtml().contains("<strong>everyone</strong>"));
        var revisions = reading.revisions(f.author(), post);
        assertEquals(
                List.of("Hello **all**"),
                revisions.stream().map(PostRevision::getBodySource).toList());
        assertEquals(1, reading.revisions(f.moderator(), post).size(), "moderators see revisions");
        assertThrows(NotFoundException.class, () -> reading.revisions(f.member(), post), "other members do not");

        posting.deleteOwnPost(f.author(), post);
        assertTrue(reading.post(f.member(), post).isDeleted());
        assertThrows(
                NotAllowedException.class, () -> posting.edit(f.author(), post, "Back again", token(f.author(), post)));
    }

    @Test
    void anEditOpenedBeforeAnotherEditIsRefusedAndChangesNothing() throws Exception {
        var f = forum();
        long post = firstPostId(f.member(), f.openTopic());
        String opened = token(f.author(), post);
        posting.like(f.member(), post); // a like changes the post's row, not its text: no conflict
        posting.edit(f.author(), post, "Changed in the first tab", opened);
        var refused = assertThrows(
                NotAllowedException.class, () -> posting.edit(f.author(), post, "Changed in the second tab", opened));
        assertTrue(refused.getMessage().contains("changed in another window or tab"), refused.getMessage());
        assertEquals("Changed in the first tab", reading.post(f.author(), post).getBodySource());

        // Two saves from one opened form at the same moment: exactly one is kept.
        String now = token(f.author(), post);
        var start = new java.util.concurrent.CountDownLatch(1);
        var saves = new java.util.ArrayList<java.util.concurrent.Future<String>>();
        for (String text : List.of("Tab A's text", "Tab B's text")) {
            saves.add(executor.submit(() -> {
                start.await();
                try {
                    return posting.edit(f.author(), post, text, now).getBodySource();
                } catch (NotAllowedException e) {
                    return "refused";
                }
            }));
        }
        start.countDown();
        var results = new java.util.ArrayList<String>();
        for (var save : saves) {
            results.add(save.get(30, java.util.concurrent.TimeUnit.SECONDS));
        }
        assertEquals(1, results.stream().filter("refused"::equals).count(), results.toString());
        assertEquals(
                results.stream().filter(r -> !"refused".equals(r)).findFirst().orElseThrow(),
                reading.post(f.author(), post).getBodySource());
    }

    private String token(org.ccionetwork.portal.security.Viewer viewer, long post) {
        return reading.post(viewer, post).sourceToken();
    }

    @Test
    void aMemberLikesOncePostsNotTheirOwn() {
        var f = forum();
        long post = firstPostId(f.member(), f.openTopic());
        posting.like(f.member(), post);
        assertThrows(NotAllowedException.class, () -> posting.like(f.member(), post), "liking twice");
        assertThrows(NotAllowedException.class, () -> posting.like(f.author(), post), "liking one's own post");
        assertEquals(1, reading.post(f.member(), post).getLikeCount());
        var posts = reading.posts(f.member(), f.openTopic(), 1);
        assertEquals(Set.of(post), reading.likedByViewer(f.member(), posts));
        assertEquals(Set.of(), reading.likedByViewer(f.moderator(), posts));
    }

    /**
     * EclipseLink finds by the composite keys and builds them back from a row ({@code getIdentifier}).
     * The keys stay classes: as records (Jakarta Persistence 3.2) this fails on the EclipseLink Payara
     * 7.2025.1 ships (5.0.0-B08.payara-p1: "NoSuchMethodException: PostLike$Key.<init>()", eclipselink
     * issue 2656, fixed upstream in pull request 2817 after that build).
     */
    @Test
    void compositeKeysAreFoundByAndBuiltBack() throws Exception {
        var f = forum();
        var topic = f.openTopic().getId();
        long post = firstPostId(f.member(), f.openTopic());
        long member = f.member().memberId();
        posting.like(f.member(), post);
        watching.watch(f.member(), topic);
        watching.watchCategory(f.member(), f.openTopic().getCategoryId(), true);
        reading.topicView(f.member(), topic, 1);
        drafts.save(f.member(), Drafts.replyKey(topic), "Half a reply");
        transaction.begin();
        try {
            var util = em.getEntityManagerFactory().getPersistenceUnitUtil();
            for (var key : List.<Object>of(
                    new PostLike.Key(post, member),
                    new Watch.Key(topic, member),
                    new CategoryWatch.Key(f.openTopic().getCategoryId(), member),
                    new ReadMark.Key(member, topic),
                    new Draft.Key(member, Drafts.replyKey(topic)))) {
                var entity = em.find(key.getClass().getEnclosingClass(), key);
                assertNotNull(entity, "found by " + key);
                assertEquals(key, util.getIdentifier(entity), "built back from the row");
            }
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void aLockedTopicRefusesRepliesAndModeratorActionsAreAudited() {
        var f = forum();
        moderating.setLocked(f.moderator(), f.openTopic().getId(), true, "cooling off");
        var refused = assertThrows(
                NotAllowedException.class,
                () -> posting.reply(f.member(), f.openTopic().getId(), "But...", null));
        assertTrue(refused.getMessage().contains("locked"));
        assertEquals(1, reading.topic(f.member(), f.openTopic().getId()).getPostCount(), "no reply was stored");

        long post = firstPostId(f.member(), f.openTopic());
        assertThrows(
                NotAllowedException.class, () -> moderating.hide(f.moderator(), post, " "), "hiding needs a reason");
        moderating.hide(f.moderator(), post, "personal data");
        assertTrue(reading.post(f.member(), post).isHidden());
        moderating.setPinned(f.moderator(), f.openTopic().getId(), true, null);

        var entries = audit.entries(f.moderator(), null, 50);
        var mine = entries.stream()
                .filter(e -> e.getActorId().equals(f.moderator().memberId()))
                .toList();
        assertEquals(
                List.of("topic.pin", "post.hide", "topic.lock"),
                mine.stream().map(e -> e.getAction()).toList());
        assertEquals("personal data", mine.get(1).getReason());
    }

    @Test
    void flagsReachTheModeratorQueue() {
        var f = forum();
        long post = firstPostId(f.member(), f.closedTopic());
        posting.flag(f.member(), post, "Names a patient");
        var queue = moderating.openFlags(f.moderator(), null, 50);
        var flagged = queue.stream()
                .filter(q -> q.post().getId().equals(post))
                .findFirst()
                .orElseThrow();
        assertEquals("Names a patient", flagged.flag().getReason());
        assertEquals(f.closedTopic().getId(), flagged.topic().getId());
        moderating.resolveFlag(f.moderator(), flagged.flag().getId(), "hidden");
        assertTrue(moderating.openFlags(f.moderator(), null, 50).stream()
                .noneMatch(q -> q.post().getId().equals(post)));
    }

    @Test
    void onlyTheAskerOrAModeratorAcceptsAnAnswer() {
        var f = forum();
        posting.reply(f.member(), f.openTopic().getId(), "Try turning it off and on.", null);
        assertThrows(
                NotAllowedException.class,
                () -> posting.acceptAnswer(f.member(), f.openTopic().getId(), 2));
        assertThrows(
                NotAllowedException.class,
                () -> posting.acceptAnswer(f.author(), f.openTopic().getId(), 1),
                "not the question itself");
        posting.acceptAnswer(f.author(), f.openTopic().getId(), 2);
        assertTrue(reading.topic(Viewer.ANONYMOUS, f.openTopic().getId()).isSolved());
        assertThrows(
                NotAllowedException.class,
                () -> posting.acceptAnswer(f.author(), f.closedTopic().getId(), 1),
                "not a question");
    }

    @Test
    void postingTooFastIsRefusedWithAClearMessage() {
        var f = forum();
        var eager = person(Role.MEMBER);
        // The clock stands still while the posts go in, so "within a minute" holds however slow the machine.
        clocks.hold();
        try {
            for (int i = 0; i < postsPerMinute; i++) {
                posting.reply(eager, f.openTopic().getId(), "Point " + i, null);
            }
            var refused = assertThrows(
                    NotAllowedException.class,
                    () -> posting.reply(eager, f.openTopic().getId(), "One too many", null));
            assertTrue(refused.getMessage().contains("your text is still here"), refused.getMessage());
            clocks.advance(Duration.ofSeconds(59));
            assertThrows(
                    NotAllowedException.class,
                    () -> posting.reply(eager, f.openTopic().getId(), "Still too many", null),
                    "59 seconds later the posts still count");
            clocks.advance(Duration.ofSeconds(2));
            posting.reply(eager, f.openTopic().getId(), "A minute on, the member may post again", null);
        } finally {
            clocks.release();
        }
    }

    @jakarta.annotation.Resource
    private jakarta.enterprise.concurrent.ManagedExecutorService executor;

    @Test
    void aMemberSendingFromManyTabsAtOnceStillGetsNoMoreThanTheLimit() throws Exception {
        var f = forum();
        var eager = person(Role.MEMBER);
        int left = 3;
        clocks.hold();
        try {
            postFromManyTabs(f, eager, left);
        } finally {
            clocks.release();
        }
    }

    private void postFromManyTabs(Forum f, Viewer eager, int left) throws Exception {
        for (int i = 0; i < postsPerMinute - left; i++) {
            posting.reply(eager, f.openTopic().getId(), "Earlier point " + i, null);
        }
        // The last few allowed, sent from many tabs at the same moment: each must count the others.
        int tabs = 12;
        var start = new java.util.concurrent.CountDownLatch(1);
        var sent = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
        for (int i = 0; i < tabs; i++) {
            int n = i;
            sent.add(executor.submit(() -> {
                start.await();
                try {
                    posting.reply(eager, f.openTopic().getId(), "Tab " + n, null);
                    return true;
                } catch (NotAllowedException refused) {
                    return false;
                }
            }));
        }
        start.countDown();
        int posted = 0;
        for (var result : sent) {
            if (result.get(60, java.util.concurrent.TimeUnit.SECONDS)) {
                posted++;
            }
        }
        assertEquals(left, posted, "every reply checked and counted one at a time, none lost to an error");
    }

    @Test
    void theLatestTopicsAreThoseTheReaderMayReadEvenBehindManyTheyMayNot() {
        var f = forum();
        var busy = person(Role.MEMBER);
        var publicTopic = posting.startTopic(
                f.author(),
                f.open().getId(),
                "Quietly public",
                "Anyone may read this",
                TopicKind.DISCUSSION,
                List.of());
        Topic newest = null;
        // One topic a time: 4 topics a batch, 5 batches; the 21st hidden one is behind all of them.
        for (int hidden = 1; hidden <= 21; hidden++) {
            newest = posting.startTopic(
                    busy, f.closed().getId(), "Members only " + hidden, "Between us", TopicKind.DISCUSSION, List.of());
            if (hidden == 1 || hidden == 6 || hidden == 21) {
                assertEquals(
                        List.of(publicTopic.getId()),
                        topicLists.latestTopics(Viewer.ANONYMOUS, 1).stream()
                                .map(Topic::getId)
                                .toList(),
                        "behind " + hidden + " members-only topics");
                assertEquals(
                        List.of(newest.getId()),
                        topicLists.latestTopics(f.member(), 1).stream()
                                .map(Topic::getId)
                                .toList());
            }
        }
        var members = topicLists.latestTopics(f.member(), 3).stream()
                .map(Topic::getTitle)
                .toList();
        assertEquals(List.of("Members only 21", "Members only 20", "Members only 19"), members);
    }

    @Test
    void pagesOfATopicAreRangesOfPostNumbers() {
        var f = forum();
        var writers = List.of(
                person(Role.MEMBER),
                person(Role.MEMBER),
                person(Role.MEMBER),
                person(Role.MEMBER),
                person(Role.MEMBER));
        for (int i = 0; i < 24; i++) {
            posting.reply(writers.get(i % writers.size()), f.openTopic().getId(), "Reply " + (i + 2), null);
        }
        var topic = reading.topic(Viewer.ANONYMOUS, f.openTopic().getId());
        assertEquals(25, topic.getPostCount());
        assertEquals(2, topic.getPageCount());
        var second = reading.posts(Viewer.ANONYMOUS, topic, 2);
        assertEquals(
                List.of(21, 22, 23, 24, 25),
                second.stream().map(Post::getPostNumber).toList());
        assertEquals(2, Topic.pageOf(21));
    }

    @Test
    void aTopicPageCostsTheSameNumberOfStatementsWhateverItsLength() {
        var f = forum();
        var writers = List.of(
                person(Role.MEMBER),
                person(Role.MEMBER),
                person(Role.MEMBER),
                person(Role.MEMBER),
                person(Role.MEMBER));
        for (int i = 0; i < 19; i++) {
            posting.reply(writers.get(i % writers.size()), f.closedTopic().getId(), "Reply " + i, null);
        }
        long shortPage = statementsToRead(f.member(), f.openTopic());
        long fullPage = statementsToRead(f.member(), f.closedTopic());
        assertEquals(20, reading.posts(f.member(), f.closedTopic(), 1).size());
        assertEquals(shortPage, fullPage, "statements for 1 post vs 20 posts by 6 authors");
        // the topic with its authors, its category, the posts with their authors, the likes, the watch,
        // and the read mark (read, then written on a first visit)
        assertTrue(fullPage <= 7, "a topic page takes " + fullPage + " statements");
    }

    @org.jboss.arquillian.test.api.ArquillianResource
    private java.net.URL base;

    /** What rendering the page cost, the whole request counted (a visitor's first view: not from the cache). */
    private long statementsToRender(String path) throws Exception {
        var page = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(base.toString().replaceAll("/+$", "") + path))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), path);
        assertTrue(page.headers().firstValue("X-Page-Cache").isEmpty(), path + " came from the cache");
        String uri = new java.net.URI(base.toString()).getPath().replaceAll("/+$", "") + path;
        return SqlCounter.ofRequest(uri).orElseThrow(() -> new AssertionError("not counted: " + uri));
    }

    @Test
    void aRenderedTopicPageCostsTheSameStatementsWithOnePostOrTwentyLikedByMany() throws Exception {
        var f = forum();
        var writers = List.of(
                person(Role.MEMBER),
                person(Role.MEMBER),
                person(Role.MEMBER),
                person(Role.MEMBER),
                person(Role.MEMBER));
        var busy = posting.startTopic(
                f.author(), f.open().getId(), "A busy question", "Who knows?", TopicKind.QUESTION, List.of("busy"));
        for (int i = 0; i < 19; i++) {
            var reply = posting.reply(writers.get(i % writers.size()), busy.getId(), "Answer " + i, null);
            // Most posts liked, by several members each: the likers are read for every post shown.
            for (int l = 0; l <= i % 4; l++) {
                var liker = writers.get((i + l + 1) % writers.size());
                if (!liker.is(reply.getAuthor().getId())) {
                    posting.like(liker, reply.getId());
                }
            }
        }
        posting.acceptAnswer(f.author(), busy.getId(), 7);
        // The small page has all the same kinds of things, once: a reply, a like, an accepted answer.
        var quiet = posting.startTopic(
                f.author(), f.open().getId(), "A quiet question", "Anyone?", TopicKind.QUESTION, List.of("quiet"));
        posting.like(
                writers.get(1),
                posting.reply(writers.get(0), quiet.getId(), "One answer", null).getId());
        posting.acceptAnswer(f.author(), quiet.getId(), 2);

        long one = statementsToRender("/forum/topic.xhtml?id=" + quiet.getId());
        long twenty = statementsToRender("/forum/topic.xhtml?id=" + busy.getId());
        assertEquals(one, twenty, "statements for a page of 2 posts vs 20 posts by 6 authors, most liked by several");
        assertTrue(twenty <= 10, "a rendered topic page takes " + twenty + " statements");
    }

    /** What the topic page asks for, and what it shows of every post's author. */
    private long statementsToRead(Viewer viewer, Topic topic) {
        SqlCounter.reset();
        var view = reading.topicView(viewer, topic.getId(), 1);
        view.posts().forEach(p -> p.getAuthor().getDisplayName().length());
        view.topic().getLastPoster().getDisplayName();
        return SqlCounter.count();
    }

    @Test
    void repliesMentionsLikesAndAnswersNotifyTheRightPeople() {
        var f = forum();
        var mentioned = person(Role.MEMBER);
        var outsider = new Viewer(
                members.recordSignIn(new SignInClaims(
                                UUID.randomUUID().toString(),
                                "no-role-" + UUID.randomUUID().toString().substring(0, 6),
                                "Former member",
                                null,
                                null,
                                null,
                                Set.of()))
                        .getId(),
                Set.of());
        String mentionedName =
                members.findBySubject(subjectOf(mentioned)).orElseThrow().getUsername();
        String outsiderName =
                members.findBySubject(subjectOf(outsider)).orElseThrow().getUsername();

        var reply = posting.reply(
                f.member(), f.closedTopic().getId(), "Over to @" + mentionedName + " and @" + outsiderName, 1);
        // the sanitizer writes @ and = as character references
        String html = reply.getBodyHtml().replace("&#64;", "@").replace("&#61;", "=");
        assertTrue(html.contains("href=\"/members/profile.xhtml?u=" + mentionedName + "\""), html);
        assertTrue(html.contains(">@" + mentionedName + "</a>"), html);
        assertEquals(List.of("MENTION " + f.member().memberId() + " #2"), notificationsOf(mentioned));
        assertEquals(
                List.of("QUOTE " + f.member().memberId() + " #2"),
                notificationsOf(f.author()),
                "the author watches and was answered");
        assertEquals(
                0,
                notifications.unreadCount(outsider),
                "no notice of a members-only post for someone who cannot read it");

        posting.reply(f.author(), f.closedTopic().getId(), "Thanks all", null);
        assertEquals(
                "REPLY " + f.author().memberId() + " #3",
                notificationsOf(f.member()).getFirst(),
                "repliers watch the topic");
        assertEquals(
                List.of("MENTION " + f.member().memberId() + " #2"),
                notificationsOf(mentioned),
                "not watching: no reply notice");

        posting.like(f.author(), reply.getId());
        assertEquals(
                "LIKE " + f.author().memberId() + " #2",
                notificationsOf(f.member()).getFirst());
        assertEquals(2, notifications.unreadCount(f.member()));
        notifications.markAllRead(f.member());
        assertEquals(0, notifications.unreadCount(f.member()));

        watching.unwatch(f.member(), f.closedTopic().getId());
        posting.reply(f.author(), f.closedTopic().getId(), "Anyone else?", null);
        assertEquals(0, notifications.unreadCount(f.member()), "unwatched");
    }

    private String subjectOf(Viewer viewer) {
        return members.byIds(List.of(viewer.memberId())).getFirst().getSubject();
    }

    /**
     * What every member shares of a topic's page (SharedTopicPage) is kept between readers and goes
     * with each change its page shows, committed by anyone: a reply, an edit, a like, a moderator's
     * hiding, a lock; and a members-only topic's shared page still answers "not found" to a visitor.
     */
    @Test
    void whatMembersShareOfATopicPageGoesWithEveryChangeItShows() {
        var f = forum();
        long topic = f.closedTopic().getId();
        var reply = posting.reply(f.author(), topic, "First words", null);
        var first = reading.topicView(f.member(), topic, 1);
        assertSame(first.shared(), reading.topicView(f.moderator(), topic, 1).shared(), "kept for the next reader");
        assertThrows(
                org.ccionetwork.portal.shared.NotFoundException.class,
                () -> reading.topicView(Viewer.ANONYMOUS, topic, 1),
                "a visitor never gets the members' shared page");

        posting.edit(f.author(), reply.getId(), "Second words", reply.sourceToken());
        var edited = reading.topicView(f.member(), topic, 1);
        assertNotSame(first.shared(), edited.shared());
        assertEquals("Second words", edited.posts().get(1).getBodySource());

        posting.like(f.member(), reply.getId());
        var liked = reading.topicView(f.moderator(), topic, 1);
        assertEquals(1, liked.posts().get(1).getLikeCount());
        assertEquals(1, liked.likers().get(reply.getId()).size());
        assertEquals(
                Set.of(reply.getId()), reading.topicView(f.member(), topic, 1).liked());
        assertEquals(Set.of(), liked.liked(), "the moderator's own likes: none");

        moderating.hide(f.moderator(), reply.getId(), "Off topic");
        assertTrue(reading.topicView(f.member(), topic, 1).posts().get(1).isHidden());

        posting.reply(f.member(), topic, "Third words", null);
        assertEquals(3, reading.topicView(f.author(), topic, 1).posts().size());
        moderating.setLocked(f.moderator(), topic, true, "Settled");
        assertTrue(reading.topicView(f.member(), topic, 1).topic().isLocked());
    }

    @Test
    void readMarksGiveUnreadCountsAndNewPosts() {
        var f = forum();
        var reader = f.member();
        assertEquals(Map.of(), topicLists.readMarks(reader, List.of(f.openTopic())), "never opened");
        long unreadBefore =
                topicLists.unreadTopicsByCategory(reader).getOrDefault(f.open().getId(), 0L);
        assertEquals(1, unreadBefore, "the new topic counts as unread in its category");

        var first = reading.topicView(reader, f.openTopic().getId(), 1);
        assertFalse(first.isNew(first.posts().getFirst()), "nothing is 'new' on a first visit");
        assertEquals(Map.of(f.openTopic().getId(), 1), topicLists.readMarks(reader, List.of(f.openTopic())));
        assertEquals(
                0,
                topicLists.unreadTopicsByCategory(reader).getOrDefault(f.open().getId(), 0L));

        posting.reply(f.author(), f.openTopic().getId(), "Something new", null);
        var topic = reading.topic(reader, f.openTopic().getId());
        assertEquals(
                1,
                topic.getPostCount()
                        - topicLists.readMarks(reader, List.of(topic)).get(topic.getId()),
                "one unread");
        assertEquals(
                1,
                topicLists.unreadTopicsByCategory(reader).getOrDefault(f.open().getId(), 0L));

        var second = reading.topicView(reader, f.openTopic().getId(), 1);
        assertTrue(second.isNew(second.posts().get(1)), "the reply is new since the last visit");
        assertFalse(second.isNew(second.posts().get(0)));
        assertEquals(
                0,
                topicLists.unreadTopicsByCategory(reader).getOrDefault(f.open().getId(), 0L),
                "read to the end again");
        assertEquals(Map.of(), topicLists.unreadTopicsByCategory(Viewer.ANONYMOUS));
    }

    @Test
    void categoryWatchersHearOfNewTopics() {
        var f = forum();
        var watcher = person(Role.MEMBER);
        watching.watchCategory(watcher, f.closed().getId(), true);
        assertTrue(watching.isWatchingCategory(watcher, f.closed().getId()));
        assertThrows(
                NotAllowedException.class,
                () -> watching.watchCategory(Viewer.ANONYMOUS, f.closed().getId(), true));

        var topic = posting.startTopic(
                f.author(), f.closed().getId(), "Fresh topic here", "Hello", TopicKind.DISCUSSION, List.of());
        assertEquals(List.of("NEW_TOPIC " + f.author().memberId() + " #1"), notificationsOf(watcher));
        assertEquals(
                topic.getId(),
                notifications.latest(watcher).getFirst().notification().getTopicId());

        watching.watchCategory(watcher, f.closed().getId(), false);
        posting.startTopic(
                f.author(), f.closed().getId(), "Another topic", "Hello again", TopicKind.DISCUSSION, List.of());
        assertEquals(1, notificationsOf(watcher).size(), "no longer watching");
    }

    @Test
    void searchFindsOnlyWhatTheViewerMayRead() {
        var f = forum();
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var open = posting.startTopic(
                f.author(),
                f.open().getId(),
                "Open " + word + " title",
                "Public words here",
                TopicKind.DISCUSSION,
                List.of());
        var closed = posting.startTopic(
                f.author(),
                f.closed().getId(),
                "Closed topic",
                "Private " + word + " notes",
                TopicKind.DISCUSSION,
                List.of());
        var reply = posting.reply(f.member(), open.getId(), "A reply about " + word + " and benefits", null);

        var visitorHits = forumSearch.search(Viewer.ANONYMOUS, word, null).hits();
        assertEquals(
                List.of(reply.getId(), firstPostId(f.member(), open)),
                visitorHits.stream().map(h -> h.post().getId()).toList(),
                "the public posts, newest first; the title counts");
        assertTrue(
                visitorHits.stream().noneMatch(h -> h.topic().getId().equals(closed.getId())),
                "members-only posts do not exist for visitors");
        assertEquals(3, forumSearch.search(f.member(), word, null).hits().size());
        assertEquals(
                List.of(reply.getId()),
                forumSearch.search(f.member(), word + " BENEFITS", null).hits().stream()
                        .map(h -> h.post().getId())
                        .toList(),
                "every word must be there, in any case");
        assertTrue(forumSearch
                .search(f.member(), word, null)
                .hits()
                .getFirst()
                .excerpt()
                .contains(word));

        moderating.hide(f.moderator(), reply.getId(), "off topic");
        assertEquals(2, forumSearch.search(f.member(), word, null).hits().size(), "hidden posts are not found");
        long closedPost = firstPostId(f.member(), closed);
        posting.edit(f.author(), closedPost, "Rewritten without the word", token(f.author(), closedPost));
        assertEquals(1, forumSearch.search(f.member(), word, null).hits().size(), "an edit re-indexes the post");
        assertEquals(List.of(), forumSearch.search(f.member(), "   ", null).hits());
    }

    @Test
    void searchNeverHandsOutACursorToAPostTheReaderMayNotRead() {
        var f = forum();
        String word = "zc" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var open = posting.startTopic(
                f.author(), f.open().getId(), "Open " + word, "Public words", TopicKind.DISCUSSION, List.of());
        long publicPost = firstPostId(f.member(), open);
        var closed = posting.startTopic(
                f.author(), f.closed().getId(), "Closed", "Private " + word, TopicKind.DISCUSSION, List.of());
        // More members-only posts than one batch of candidates, all newer than the public one.
        for (int writer = 0; writer < 4; writer++) {
            var member = person(Role.MEMBER);
            for (int i = 0; i < 27; i++) {
                posting.reply(member, closed.getId(), "More " + word + " " + i, null);
            }
        }
        var visitor = forumSearch.search(Viewer.ANONYMOUS, word, null);
        assertEquals(
                List.of(publicPost),
                visitor.hits().stream().map(h -> h.post().getId()).toList());
        assertEquals(null, visitor.nextBefore(), "no cursor into what the visitor may not read");

        var member = forumSearch.search(f.member(), word, null);
        assertEquals(20, member.hits().size());
        assertEquals(member.hits().getLast().post().getId(), member.nextBefore(), "the cursor is the last post shown");
        var seen = new java.util.HashSet<Long>();
        Long cursor = null;
        do {
            var page = forumSearch.search(f.member(), word, cursor);
            page.hits()
                    .forEach(h -> assertTrue(
                            seen.add(h.post().getId()),
                            "shown twice: " + h.post().getId()));
            cursor = page.nextBefore();
        } while (cursor != null);
        assertEquals(1 + 1 + 4 * 27, seen.size(), "every post once, over the pages");
    }
}
