package org.ccionetwork.portal.forum;

import static org.ccionetwork.portal.forum.ForumEntities.member;
import static org.ccionetwork.portal.forum.ForumEntities.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccionetwork.portal.members.Member;
import org.ccionetwork.portal.security.Role;
import org.ccionetwork.portal.security.Viewer;
import org.junit.jupiter.api.Test;

/**
 * The posts written once for all plain members are, byte for byte, what each of them would have
 * been written on their own; every reader who sees a post otherwise has it written for them.
 */
class SharedTopicPageTest {

    private static final Member ASKER = member(11, "Asha Patel", "Leeds");
    private static final Member REPLIER = member(12, "Ben Okafor", null);
    private static final Member OTHER = member(13, "Cara Jones", "Bristol");

    /** The topic page's own answers for a viewer (as TopicPage gives them), for comparison. */
    private record OwnReader(
            Viewer viewer, Topic topic, Set<Long> liked, int lastReadBefore, Map<Long, List<String>> likers)
            implements PostListHtml.Reader {

        @Override
        public String contextPath() {
            return "/ctx";
        }

        @Override
        public long topicId() {
            return topic.getId();
        }

        @Override
        public int page() {
            return 1;
        }

        @Override
        public Integer acceptedPostNumber() {
            return topic.getAcceptedPostNumber();
        }

        @Override
        public boolean isMember() {
            return viewer.isMember();
        }

        @Override
        public boolean isModerator() {
            return viewer.isModerator();
        }

        @Override
        public boolean canReply() {
            return topic.refusalToReply(viewer).isEmpty();
        }

        @Override
        public boolean isNew(Post post) {
            return lastReadBefore > 0 && post.getPostNumber() > lastReadBefore;
        }

        @Override
        public boolean canLike(Post post) {
            return post.refusalToLike(viewer).isEmpty() && !liked.contains(post.getId());
        }

        @Override
        public boolean canEdit(Post post) {
            return post.refusalToEdit(viewer).isEmpty();
        }

        @Override
        public boolean canAccept(Post post) {
            return topic.refusalToAccept(post, viewer).isEmpty();
        }

        @Override
        public boolean showsBody(Post post) {
            return !post.isDeleted() && (!post.isHidden() || viewer.isModerator());
        }

        @Override
        public String likedBy(Post post) {
            return PostListHtml.likedBy(likers.getOrDefault(post.getId(), List.of()));
        }

        @Override
        public String hiddenBy(Post post) {
            return "a moderator";
        }
    }

    private static Viewer viewer(Member who) {
        return new Viewer(who.getId(), Set.of(Role.MEMBER));
    }

    @Test
    void aPlainMembersPostsAreTheSharedOnesAndEveryoneElsesDifferWhereTheyShould() {
        for (boolean locked : new boolean[] {false, true}) {
            var topic = ForumEntities.topic(7, "A question", ASKER, List.of(), TopicKind.QUESTION);
            topic.nextPost(ASKER, ForumEntities.T0);
            topic.nextPost(REPLIER, ForumEntities.T0);
            topic.nextPost(OTHER, ForumEntities.T0);
            if (locked) {
                topic.setLocked(true);
            }
            var posts = List.of(post(topic, 1, ASKER, 101), post(topic, 2, REPLIER, 102), post(topic, 3, OTHER, 103));
            posts.get(1).likedBy(viewer(OTHER));
            posts.get(2).hide(ASKER, "off topic");
            var likers = Map.of(102L, List.of("Cara Jones"));
            var shared = new SharedTopicPage(topic, posts, likers, 1);

            var plain = viewer(member(14, "Dev Plain", null));
            for (Post post : posts) {
                String same = shared.sameForAll(post, plain, false, false, "/ctx");
                assertNotNull(same, "a plain member gets every post from the shared page");
                assertEquals(PostListHtml.post(post, new OwnReader(plain, topic, Set.of(), 0, likers)), same);
            }

            // Who sees a post otherwise gets null for it (written for them), and the shared text nowhere differs
            // from their own where they get it.
            var moderator = new Viewer(15L, Set.of(Role.MEMBER, Role.MODERATOR));
            record Case(String who, Viewer viewer, Set<Long> liked, int lastRead, Set<Long> differing) {}
            var cases = List.of(
                    new Case("the asker (accepts answers)", viewer(ASKER), Set.of(), 0, Set.of(101L, 102L, 103L)),
                    new Case("a reply's author", viewer(REPLIER), Set.of(), 0, Set.of(102L)),
                    new Case("who liked a reply", viewer(OTHER), Set.of(102L), 0, Set.of(102L, 103L)),
                    new Case("a reader with posts new to them", plain, Set.of(), 1, Set.of(102L, 103L)),
                    new Case("a moderator", moderator, Set.of(), 0, Set.of(101L, 102L, 103L)));
            for (var c : cases) {
                var own = new OwnReader(c.viewer(), topic, c.liked(), c.lastRead(), likers);
                for (Post post : posts) {
                    String same = shared.sameForAll(
                            post, c.viewer(), c.liked().contains(post.getId()), own.isNew(post), "/ctx");
                    if (c.differing().contains(post.getId())) {
                        assertNull(same, c.who() + ": post " + post.getId());
                    } else {
                        assertEquals(PostListHtml.post(post, own), same, c.who() + ": post " + post.getId());
                    }
                }
            }
            // The hidden post's reason and text are the moderator's alone, never in what plain members share.
            String hiddenShared = shared.sameForAll(posts.get(2), plain, false, false, "/ctx");
            assertFalse(hiddenShared.contains("off topic") || hiddenShared.contains("Body of 3"), hiddenShared);
            String hiddenForModerator =
                    PostListHtml.post(posts.get(2), new OwnReader(moderator, topic, Set.of(), 0, likers));
            assertTrue(hiddenForModerator.contains("off topic") && hiddenForModerator.contains("Body of 3"));
        }
    }
}
