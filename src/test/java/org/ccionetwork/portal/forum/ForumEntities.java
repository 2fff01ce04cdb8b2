package org.ccionetwork.portal.forum;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.ccionetwork.portal.members.Member;
import org.ccionetwork.portal.security.Role;
import org.ccionetwork.portal.security.SignInClaims;
import org.ccionetwork.portal.shared.Visibility;

/** Forum entities as the database would hold them (with ids), for tests of what pages write. */
final class ForumEntities {

    static final Instant T0 = Instant.parse("2026-11-26T09:30:00Z");

    private ForumEntities() {}

    static Member member(long id, String name, String organisation) {
        var member = Member.firstSignIn(
                new SignInClaims(
                        "s" + id, name, null, organisation == null ? null : "R1", organisation, Set.of(Role.MEMBER)),
                T0);
        setId(Member.class, member, id);
        return member;
    }

    static Topic topic(long id, String title, Member author, List<String> tags) {
        return topic(id, title, author, tags, TopicKind.QUESTION);
    }

    static Topic topic(long id, String title, Member author, List<String> tags, TopicKind kind) {
        var category = new Category("c", "Category", "", "#005eb8", 1, Visibility.PUBLIC, null);
        var topic = new Topic(category, title, kind, author, tags, T0);
        setId(Topic.class, topic, id);
        return topic;
    }

    static Post post(Topic topic, int number, Member author, long id) {
        var post = new Post(topic, number, author, "Body of " + number, "<p>Body of " + number + "</p>", null, T0);
        setId(Post.class, post, id);
        return post;
    }

    private static void setId(Class<?> type, Object entity, long id) {
        try {
            Field field = type.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
