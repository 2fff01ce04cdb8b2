package org.ccionetwork.portal.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ccionetwork.portal.members.Member;
import org.ccionetwork.portal.security.Role;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.junit.jupiter.api.Test;

/**
 * The forum's rules, held by its entities and asked by both the services and the topic page:
 * who may reply, like, edit and accept an answer. No container, no database.
 */
class ForumRulesTest {

    private final Member asker = ForumEntities.member(1, "Asker", null);
    private final Member helper = ForumEntities.member(2, "Helper", null);
    private final Viewer askerViewer = viewer(asker, Role.MEMBER);
    private final Viewer helperViewer = viewer(helper, Role.MEMBER);
    private final Viewer bystander = new Viewer(3L, Set.of(Role.MEMBER));
    private final Viewer moderator = new Viewer(4L, Set.of(Role.MEMBER, Role.MODERATOR));

    private static Viewer viewer(Member member, Role... roles) {
        return new Viewer(member.getId(), Set.of(roles));
    }

    /** A question with its opening post (#1) and a reply (#2) by the helper. */
    private record Question(Topic topic, Post opening, Post reply) {}

    private Question question(TopicKind kind) {
        var topic = ForumEntities.topic(10, "How did you do it?", asker, List.of(), kind);
        var opening = ForumEntities.post(topic, topic.nextPost(asker, ForumEntities.T0), asker, 100);
        var reply = ForumEntities.post(topic, topic.nextPost(helper, ForumEntities.T0), helper, 101);
        return new Question(topic, opening, reply);
    }

    @Test
    void membersReplyUnlessTheTopicIsLocked() {
        var q = question(TopicKind.DISCUSSION);
        assertEquals(Optional.of("Only members can reply."), q.topic().refusalToReply(Viewer.ANONYMOUS));
        assertEquals(Optional.empty(), q.topic().refusalToReply(bystander));
        q.topic().setLocked(true);
        assertTrue(q.topic().refusalToReply(bystander).orElseThrow().startsWith("This topic is locked"));
        assertTrue(q.topic().refusalToReply(moderator).isPresent(), "a locked topic is locked for moderators too");
    }

    @Test
    void othersLikeAPostOnceItIsNeitherTheirsNorRemoved() {
        var q = question(TopicKind.DISCUSSION);
        assertEquals(Optional.of("Only members can like posts."), q.reply().refusalToLike(Viewer.ANONYMOUS));
        assertEquals(Optional.of("You cannot like your own post."), q.reply().refusalToLike(helperViewer));
        assertEquals(Optional.empty(), q.reply().refusalToLike(askerViewer));

        q.reply().likedBy(askerViewer);
        assertEquals(1, q.reply().getLikeCount());
        var own = assertThrows(NotAllowedException.class, () -> q.reply().likedBy(helperViewer));
        assertEquals("You cannot like your own post.", own.getMessage());
        assertEquals(1, q.reply().getLikeCount(), "a refused like is not counted");

        q.reply().deleteByAuthor();
        assertEquals(Optional.of("This post was removed."), q.reply().refusalToLike(bystander));
    }

    @Test
    void onlyTheAuthorEditsAndNotOnceRemoved() {
        var q = question(TopicKind.DISCUSSION);
        assertEquals(Optional.empty(), q.reply().refusalToEdit(helperViewer));
        assertEquals(Optional.of("You can only edit your own posts."), q.reply().refusalToEdit(askerViewer));
        assertTrue(q.reply().refusalToEdit(moderator).isPresent(), "moderators hide, they do not rewrite");
        q.reply().deleteByAuthor();
        assertEquals(
                Optional.of("This post was removed and can no longer be edited."),
                q.reply().refusalToEdit(helperViewer));
    }

    @Test
    void theAskerOrAModeratorAcceptsAReplyToAQuestion() {
        var q = question(TopicKind.QUESTION);
        assertEquals(Optional.empty(), q.topic().refusalToAccept(q.reply(), askerViewer));
        assertEquals(Optional.empty(), q.topic().refusalToAccept(q.reply(), moderator));
        assertEquals(
                Optional.of("Only the person who asked, or a moderator, can accept an answer."),
                q.topic().refusalToAccept(q.reply(), bystander));
        assertEquals(
                Optional.of("Only a reply to a question can be its accepted answer."),
                q.topic().refusalToAccept(q.opening(), askerViewer),
                "not the question itself");

        var elsewhere = ForumEntities.topic(11, "Another", asker, List.of(), TopicKind.QUESTION);
        elsewhere.nextPost(asker, ForumEntities.T0);
        elsewhere.nextPost(helper, ForumEntities.T0);
        var replyElsewhere = ForumEntities.post(elsewhere, 2, helper, 200);
        assertTrue(q.topic().refusalToAccept(replyElsewhere, askerViewer).isPresent(), "a reply in another topic");

        assertThrows(NotAllowedException.class, () -> q.topic().accept(q.reply(), bystander));
        assertEquals(null, q.topic().getAcceptedPostNumber(), "a refused acceptance changes nothing");
        q.topic().accept(q.reply(), askerViewer);
        assertEquals(2, q.topic().getAcceptedPostNumber());
        assertTrue(q.topic().isSolved());

        q.reply().deleteByAuthor();
        assertTrue(q.topic().refusalToAccept(q.reply(), moderator).isPresent(), "not a removed reply");
    }

    @Test
    void aDiscussionHasNoAcceptedAnswer() {
        var q = question(TopicKind.DISCUSSION);
        assertEquals(
                Optional.of("Only a reply to a question can be its accepted answer."),
                q.topic().refusalToAccept(q.reply(), askerViewer));
    }
}
