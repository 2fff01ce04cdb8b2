package org.ccionetwork.portal.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ccionetwork.portal.members.MemberService;
import org.ccionetwork.portal.members.SignInClaims;
import org.ccionetwork.portal.moderation.AuditLog;
import org.ccionetwork.portal.security.Role;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.shared.NotFoundException;
import org.ccionetwork.portal.shared.SqlCounter;
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
    private ForumService forum;

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
    private org.ccionetwork.portal.shared.Clocks clocks;

    private Viewer person(Role... roles) {
        String subject = UUID.randomUUID().toString();
        var member = members.recordSignIn(new SignInClaims(
                subject, "user-" + subject.substring(0, 8), "Test " + roles.length, null, null, null, Set.of(roles)));
        return new Viewer(member.getId(), Set.of(roles));
    }

    private List<String> notificationsOf(Viewer viewer) {
        return notifications.latest(viewer).stream()
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
        var open = forum.createCategory(
                admin, "open-" + unique, "Open " + unique, "", "#005eb8", 1, Visibility.PUBLIC, null);
        var closed = forum.createCategory(
                admin, "closed-" + unique, "Closed " + unique, "", "#d5281b", 2, Visibility.MEMBERS, null);
        var openTopic = forum.startTopic(
                author, open.getId(), "A public question", "Hello **all**", TopicKind.QUESTION, List.of("epr"));
        var closedTopic = forum.startTopic(
                author, closed.getId(), "A members-only topic", "Between us", TopicKind.DISCUSSION, List.of());
        return new Forum(admin, moderator, person(Role.MEMBER), author, open, closed, openTopic, closedTopic);
    }

    private static long firstPostId(ForumService forum, Viewer viewer, Topic topic) {
        return forum.posts(viewer, topic, 1).getFirst().getId();
    }

    @Test
    void visitorsReadPublicCategoriesAndFindNothingMembersOnly() {
        var f = forum();
        var anonymous = Viewer.ANONYMOUS;
        assertTrue(forum.categories(anonymous).stream()
                .anyMatch(c -> c.getId().equals(f.open().getId())));
        assertFalse(forum.categories(anonymous).stream()
                .anyMatch(c -> c.getId().equals(f.closed().getId())));
        assertEquals(
                f.openTopic().getId(),
                forum.topic(anonymous, f.openTopic().getId()).getId());
        assertEquals(1, forum.posts(anonymous, f.openTopic(), 1).size());

        assertThrows(
                NotFoundException.class,
                () -> forum.category(anonymous, f.closed().getSlug()));
        assertThrows(
                NotFoundException.class,
                () -> forum.topic(anonymous, f.closedTopic().getId()));
        long closedPost = firstPostId(forum, f.member(), f.closedTopic());
        assertThrows(NotFoundException.class, () -> forum.post(anonymous, closedPost));
        assertThrows(
                NotFoundException.class,
                () -> forum.topics(anonymous, f.closed(), Optional.empty(), Optional.empty(), false));
        assertThrows(NotFoundException.class, () -> forum.topic(anonymous, Long.MAX_VALUE), "a forged id");
    }

    @Test
    void visitorsCannotWriteAnything() {
        var f = forum();
        var anonymous = Viewer.ANONYMOUS;
        long post = firstPostId(forum, anonymous, f.openTopic());
        assertThrows(
                NotAllowedException.class,
                () -> forum.reply(anonymous, f.openTopic().getId(), "hi", null));
        assertThrows(
                NotAllowedException.class,
                () -> forum.startTopic(
                        anonymous, f.open().getId(), "Title here", "x", TopicKind.DISCUSSION, List.of()));
        assertThrows(NotAllowedException.class, () -> forum.like(anonymous, post));
        assertThrows(NotAllowedException.class, () -> forum.flag(anonymous, post, "spam"));
        assertThrows(
                NotFoundException.class,
                () -> forum.setLocked(anonymous, f.openTopic().getId(), true, null));
    }

    @Test
    void membersReadAndWriteInBothKindsOfCategory() {
        var f = forum();
        var reply = forum.reply(f.member(), f.closedTopic().getId(), "Agreed, *quietly*.", 1);
        assertEquals(2, reply.getPostNumber());
        assertEquals(1, reply.getReplyTo());
        assertTrue(reply.getBodyHtml().contains("<em>quietly</em>"));
        var topic = forum.topic(f.member(), f.closedTopic().getId());
        assertEquals(1, topic.getReplyCount());
        assertEquals(reply.getAuthor().getId(), topic.getLastPoster().getId());
        assertEquals(2, forum.posts(f.member(), topic, 1).size());
    }

    @Test
    void membersCannotUseModeratorOrAdminTools() {
        var f = forum();
        var member = f.member();
        long post = firstPostId(forum, member, f.openTopic());
        assertThrows(
                NotFoundException.class,
                () -> forum.setPinned(member, f.openTopic().getId(), true, null));
        assertThrows(
                NotFoundException.class,
                () -> forum.setLocked(member, f.openTopic().getId(), true, null));
        assertThrows(NotFoundException.class, () -> forum.hide(member, post, "nope"));
        assertThrows(
                NotFoundException.class,
                () -> forum.move(member, f.openTopic().getId(), f.closed().getId(), null));
        assertThrows(
                NotFoundException.class,
                () -> forum.rename(member, f.openTopic().getId(), "Renamed topic", null));
        assertThrows(
                NotFoundException.class,
                () -> forum.deleteTopic(member, f.openTopic().getId(), null));
        assertThrows(NotFoundException.class, () -> forum.openFlags(member));
        assertThrows(NotFoundException.class, () -> audit.entries(member, null));
        assertThrows(
                NotFoundException.class,
                () -> forum.createCategory(
                        f.moderator(),
                        "x-" + UUID.randomUUID().toString().substring(0, 6),
                        "X",
                        "",
                        "#000000",
                        9,
                        Visibility.PUBLIC,
                        null),
                "categories are for admins");
        assertFalse(forum.topic(member, f.openTopic().getId()).isLocked(), "nothing changed");
    }

    @Test
    void onlyTheAuthorEditsAndDeletesAndRevisionsAreKept() {
        var f = forum();
        long post = firstPostId(forum, f.member(), f.openTopic());
        assertThrows(NotAllowedException.class, () -> forum.edit(f.member(), post, "Hijacked"));
        assertThrows(NotAllowedException.class, () -> forum.edit(f.moderator(), post, "Hijacked"));
        assertThrows(NotAllowedException.class, () -> forum.deleteOwnPost(f.member(), post));

        var edited = forum.edit(f.author(), post, "Hello **everyone**");
        assertTrue(edited.isEditedSinceCreated());
        assertTrue(edited.getBodyHtml().contains("<strong>everyone</strong>"));
        var revisions = forum.revisions(f.author(), post);
        assertEquals(
                List.of("Hello **all**"),
                revisions.stream().map(PostRevision::getBodySource).toList());
        assertEquals(1, forum.revisions(f.moderator(), post).size(), "moderators see revisions");
        assertThrows(NotFoundException.class, () -> forum.revisions(f.member(), post), "other members do not");

        forum.deleteOwnPost(f.author(), post);
        assertTrue(forum.post(f.member(), post).isDeleted());
        assertThrows(NotAllowedException.class, () -> forum.edit(f.author(), post, "Back again"));
    }

    @Test
    void aMemberLikesOncePostsNotTheirOwn() {
        var f = forum();
        long post = firstPostId(forum, f.member(), f.openTopic());
        forum.like(f.member(), post);
        assertThrows(NotAllowedException.class, () -> forum.like(f.member(), post), "liking twice");
        assertThrows(NotAllowedException.class, () -> forum.like(f.author(), post), "liking one's own post");
        assertEquals(1, forum.post(f.member(), post).getLikeCount());
        var posts = forum.posts(f.member(), f.openTopic(), 1);
        assertEquals(Set.of(post), forum.likedByViewer(f.member(), posts));
        assertEquals(Set.of(), forum.likedByViewer(f.moderator(), posts));
    }

    @Test
    void aLockedTopicRefusesRepliesAndModeratorActionsAreAudited() {
        var f = forum();
        forum.setLocked(f.moderator(), f.openTopic().getId(), true, "cooling off");
        var refused = assertThrows(
                NotAllowedException.class,
                () -> forum.reply(f.member(), f.openTopic().getId(), "But...", null));
        assertTrue(refused.getMessage().contains("locked"));
        assertEquals(1, forum.topic(f.member(), f.openTopic().getId()).getPostCount(), "no reply was stored");

        long post = firstPostId(forum, f.member(), f.openTopic());
        assertThrows(NotAllowedException.class, () -> forum.hide(f.moderator(), post, " "), "hiding needs a reason");
        forum.hide(f.moderator(), post, "personal data");
        assertTrue(forum.post(f.member(), post).isHidden());
        forum.setPinned(f.moderator(), f.openTopic().getId(), true, null);

        var entries = audit.entries(f.moderator(), null);
        var mine = entries.stream()
                .filter(e -> e.getActor().getId().equals(f.moderator().memberId()))
                .toList();
        assertEquals(
                List.of("topic.pin", "post.hide", "topic.lock"),
                mine.stream().map(e -> e.getAction()).toList());
        assertEquals("personal data", mine.get(1).getReason());
    }

    @Test
    void flagsReachTheModeratorQueue() {
        var f = forum();
        long post = firstPostId(forum, f.member(), f.closedTopic());
        forum.flag(f.member(), post, "Names a patient");
        var queue = forum.openFlags(f.moderator());
        var flagged = queue.stream()
                .filter(q -> q.post().getId().equals(post))
                .findFirst()
                .orElseThrow();
        assertEquals("Names a patient", flagged.flag().getReason());
        assertEquals(f.closedTopic().getId(), flagged.topic().getId());
        forum.resolveFlag(f.moderator(), flagged.flag().getId(), "hidden");
        assertTrue(forum.openFlags(f.moderator()).stream()
                .noneMatch(q -> q.post().getId().equals(post)));
    }

    @Test
    void onlyTheAskerOrAModeratorAcceptsAnAnswer() {
        var f = forum();
        forum.reply(f.member(), f.openTopic().getId(), "Try turning it off and on.", null);
        assertThrows(
                NotAllowedException.class,
                () -> forum.acceptAnswer(f.member(), f.openTopic().getId(), 2));
        assertThrows(
                NotAllowedException.class,
                () -> forum.acceptAnswer(f.author(), f.openTopic().getId(), 1),
                "not the question itself");
        forum.acceptAnswer(f.author(), f.openTopic().getId(), 2);
        assertTrue(forum.topic(Viewer.ANONYMOUS, f.openTopic().getId()).isSolved());
        assertThrows(
                NotAllowedException.class,
                () -> forum.acceptAnswer(f.author(), f.closedTopic().getId(), 1),
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
                forum.reply(eager, f.openTopic().getId(), "Point " + i, null);
            }
            var refused = assertThrows(
                    NotAllowedException.class,
                    () -> forum.reply(eager, f.openTopic().getId(), "One too many", null));
            assertTrue(refused.getMessage().contains("your text is still here"), refused.getMessage());
            clocks.advance(Duration.ofSeconds(59));
            assertThrows(
                    NotAllowedException.class,
                    () -> forum.reply(eager, f.openTopic().getId(), "Still too many", null),
                    "59 seconds later the posts still count");
            clocks.advance(Duration.ofSeconds(2));
            forum.reply(eager, f.openTopic().getId(), "A minute on, the member may post again", null);
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
            forum.reply(eager, f.openTopic().getId(), "Earlier point " + i, null);
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
                    forum.reply(eager, f.openTopic().getId(), "Tab " + n, null);
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
        var publicTopic = forum.startTopic(
                f.author(),
                f.open().getId(),
                "Quietly public",
                "Anyone may read this",
                TopicKind.DISCUSSION,
                List.of());
        Topic newest = null;
        // One topic a time: 4 topics a batch, 5 batches; the 21st hidden one is behind all of them.
        for (int hidden = 1; hidden <= 21; hidden++) {
            newest = forum.startTopic(
                    busy, f.closed().getId(), "Members only " + hidden, "Between us", TopicKind.DISCUSSION, List.of());
            if (hidden == 1 || hidden == 6 || hidden == 21) {
                assertEquals(
                        List.of(publicTopic.getId()),
                        forum.latestTopics(Viewer.ANONYMOUS, 1).stream()
                                .map(Topic::getId)
                                .toList(),
                        "behind " + hidden + " members-only topics");
                assertEquals(
                        List.of(newest.getId()),
                        forum.latestTopics(f.member(), 1).stream()
                                .map(Topic::getId)
                                .toList());
            }
        }
        var members =
                forum.latestTopics(f.member(), 3).stream().map(Topic::getTitle).toList();
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
            forum.reply(writers.get(i % writers.size()), f.openTopic().getId(), "Reply " + (i + 2), null);
        }
        var topic = forum.topic(Viewer.ANONYMOUS, f.openTopic().getId());
        assertEquals(25, topic.getPostCount());
        assertEquals(2, topic.getPageCount());
        var second = forum.posts(Viewer.ANONYMOUS, topic, 2);
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
            forum.reply(writers.get(i % writers.size()), f.closedTopic().getId(), "Reply " + i, null);
        }
        long shortPage = statementsToRead(f.member(), f.openTopic());
        long fullPage = statementsToRead(f.member(), f.closedTopic());
        assertEquals(20, forum.posts(f.member(), f.closedTopic(), 1).size());
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
        var busy = forum.startTopic(
                f.author(), f.open().getId(), "A busy question", "Who knows?", TopicKind.QUESTION, List.of("busy"));
        for (int i = 0; i < 19; i++) {
            var reply = forum.reply(writers.get(i % writers.size()), busy.getId(), "Answer " + i, null);
            // Most posts liked, by several members each: the likers are read for every post shown.
            for (int l = 0; l <= i % 4; l++) {
                var liker = writers.get((i + l + 1) % writers.size());
                if (!liker.is(reply.getAuthor().getId())) {
                    forum.like(liker, reply.getId());
                }
            }
        }
        forum.acceptAnswer(f.author(), busy.getId(), 7);
        // The small page has all the same kinds of things, once: a reply, a like, an accepted answer.
        var quiet = forum.startTopic(
                f.author(), f.open().getId(), "A quiet question", "Anyone?", TopicKind.QUESTION, List.of("quiet"));
        forum.like(
                writers.get(1),
                forum.reply(writers.get(0), quiet.getId(), "One answer", null).getId());
        forum.acceptAnswer(f.author(), quiet.getId(), 2);

        long one = statementsToRender("/forum/topic.xhtml?id=" + quiet.getId());
        long twenty = statementsToRender("/forum/topic.xhtml?id=" + busy.getId());
        assertEquals(one, twenty, "statements for a page of 2 posts vs 20 posts by 6 authors, most liked by several");
        assertTrue(twenty <= 10, "a rendered topic page takes " + twenty + " statements");
    }

    /** What the topic page asks for, and what it shows of every post's author. */
    private long statementsToRead(Viewer viewer, Topic topic) {
        SqlCounter.reset();
        var view = forum.topicView(viewer, topic.getId(), 1);
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

        var reply = forum.reply(
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

        forum.reply(f.author(), f.closedTopic().getId(), "Thanks all", null);
        assertEquals(
                "REPLY " + f.author().memberId() + " #3",
                notificationsOf(f.member()).getFirst(),
                "repliers watch the topic");
        assertEquals(
                List.of("MENTION " + f.member().memberId() + " #2"),
                notificationsOf(mentioned),
                "not watching: no reply notice");

        forum.like(f.author(), reply.getId());
        assertEquals(
                "LIKE " + f.author().memberId() + " #2",
                notificationsOf(f.member()).getFirst());
        assertEquals(2, notifications.unreadCount(f.member()));
        notifications.markAllRead(f.member());
        assertEquals(0, notifications.unreadCount(f.member()));

        forum.unwatch(f.member(), f.closedTopic().getId());
        forum.reply(f.author(), f.closedTopic().getId(), "Anyone else?", null);
        assertEquals(0, notifications.unreadCount(f.member()), "unwatched");
    }

    private String subjectOf(Viewer viewer) {
        return members.byIds(List.of(viewer.memberId())).getFirst().getSubject();
    }

    @Test
    void readMarksGiveUnreadCountsAndNewPosts() {
        var f = forum();
        var reader = f.member();
        assertEquals(Map.of(), forum.readMarks(reader, List.of(f.openTopic())), "never opened");
        long unreadBefore =
                forum.unreadTopicsByCategory(reader).getOrDefault(f.open().getId(), 0L);
        assertEquals(1, unreadBefore, "the new topic counts as unread in its category");

        var first = forum.topicView(reader, f.openTopic().getId(), 1);
        assertFalse(first.isNew(first.posts().getFirst()), "nothing is 'new' on a first visit");
        assertEquals(Map.of(f.openTopic().getId(), 1), forum.readMarks(reader, List.of(f.openTopic())));
        assertEquals(
                0, forum.unreadTopicsByCategory(reader).getOrDefault(f.open().getId(), 0L));

        forum.reply(f.author(), f.openTopic().getId(), "Something new", null);
        var topic = forum.topic(reader, f.openTopic().getId());
        assertEquals(
                1,
                topic.getPostCount() - forum.readMarks(reader, List.of(topic)).get(topic.getId()),
                "one unread");
        assertEquals(
                1, forum.unreadTopicsByCategory(reader).getOrDefault(f.open().getId(), 0L));

        var second = forum.topicView(reader, f.openTopic().getId(), 1);
        assertTrue(second.isNew(second.posts().get(1)), "the reply is new since the last visit");
        assertFalse(second.isNew(second.posts().get(0)));
        assertEquals(
                0, forum.unreadTopicsByCategory(reader).getOrDefault(f.open().getId(), 0L), "read to the end again");
        assertEquals(Map.of(), forum.unreadTopicsByCategory(Viewer.ANONYMOUS));
    }

    @Test
    void categoryWatchersHearOfNewTopics() {
        var f = forum();
        var watcher = person(Role.MEMBER);
        forum.watchCategory(watcher, f.closed().getId(), true);
        assertTrue(forum.isWatchingCategory(watcher, f.closed().getId()));
        assertThrows(
                NotAllowedException.class,
                () -> forum.watchCategory(Viewer.ANONYMOUS, f.closed().getId(), true));

        var topic = forum.startTopic(
                f.author(), f.closed().getId(), "Fresh topic here", "Hello", TopicKind.DISCUSSION, List.of());
        assertEquals(List.of("NEW_TOPIC " + f.author().memberId() + " #1"), notificationsOf(watcher));
        assertEquals(
                topic.getId(),
                notifications.latest(watcher).getFirst().getTopic().getId());

        forum.watchCategory(watcher, f.closed().getId(), false);
        forum.startTopic(
                f.author(), f.closed().getId(), "Another topic", "Hello again", TopicKind.DISCUSSION, List.of());
        assertEquals(1, notificationsOf(watcher).size(), "no longer watching");
    }

    @Test
    void searchFindsOnlyWhatTheViewerMayRead() {
        var f = forum();
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var open = forum.startTopic(
                f.author(),
                f.open().getId(),
                "Open " + word + " title",
                "Public words here",
                TopicKind.DISCUSSION,
                List.of());
        var closed = forum.startTopic(
                f.author(),
                f.closed().getId(),
                "Closed topic",
                "Private " + word + " notes",
                TopicKind.DISCUSSION,
                List.of());
        var reply = forum.reply(f.member(), open.getId(), "A reply about " + word + " and benefits", null);

        var visitorHits = forum.search(Viewer.ANONYMOUS, word, null).hits();
        assertEquals(
                List.of(reply.getId(), firstPostId(forum, f.member(), open)),
                visitorHits.stream().map(h -> h.post().getId()).toList(),
                "the public posts, newest first; the title counts");
        assertTrue(
                visitorHits.stream().noneMatch(h -> h.topic().getId().equals(closed.getId())),
                "members-only posts do not exist for visitors");
        assertEquals(3, forum.search(f.member(), word, null).hits().size());
        assertEquals(
                List.of(reply.getId()),
                forum.search(f.member(), word + " BENEFITS", null).hits().stream()
                        .map(h -> h.post().getId())
                        .toList(),
                "every word must be there, in any case");
        assertTrue(
                forum.search(f.member(), word, null).hits().getFirst().excerpt().contains(word));

        forum.hide(f.moderator(), reply.getId(), "off topic");
        assertEquals(2, forum.search(f.member(), word, null).hits().size(), "hidden posts are not found");
        forum.edit(f.author(), firstPostId(forum, f.member(), closed), "Rewritten without the word");
        assertEquals(1, forum.search(f.member(), word, null).hits().size(), "an edit re-indexes the post");
        assertEquals(List.of(), forum.search(f.member(), "   ", null).hits());
    }

    @Test
    void searchNeverHandsOutACursorToAPostTheReaderMayNotRead() {
        var f = forum();
        String word = "zc" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var open = forum.startTopic(
                f.author(), f.open().getId(), "Open " + word, "Public words", TopicKind.DISCUSSION, List.of());
        long publicPost = firstPostId(forum, f.member(), open);
        var closed = forum.startTopic(
                f.author(), f.closed().getId(), "Closed", "Private " + word, TopicKind.DISCUSSION, List.of());
        // More members-only posts than one batch of candidates, all newer than the public one.
        for (int writer = 0; writer < 4; writer++) {
            var member = person(Role.MEMBER);
            for (int i = 0; i < 27; i++) {
                forum.reply(member, closed.getId(), "More " + word + " " + i, null);
            }
        }
        var visitor = forum.search(Viewer.ANONYMOUS, word, null);
        assertEquals(
                List.of(publicPost),
                visitor.hits().stream().map(h -> h.post().getId()).toList());
        assertEquals(null, visitor.nextBefore(), "no cursor into what the visitor may not read");

        var member = forum.search(f.member(), word, null);
        assertEquals(20, member.hits().size());
        assertEquals(member.hits().getLast().post().getId(), member.nextBefore(), "the cursor is the last post shown");
        var seen = new java.util.HashSet<Long>();
        Long cursor = null;
        do {
            var page = forum.search(f.member(), word, cursor);
            page.hits()
                    .forEach(h -> assertTrue(
                            seen.add(h.post().getId()),
                            "shown twice: " + h.post().getId()));
            cursor = page.nextBefore();
        } while (cursor != null);
        assertEquals(1 + 1 + 4 * 27, seen.size(), "every post once, over the pages");
    }
}
