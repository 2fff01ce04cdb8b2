package org.ccionetwork.portal.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.sql.SQLException;
import org.ccionetwork.portal.members.MemberLeaving;
import org.ccionetwork.portal.members.PersonalDataExport;
import org.ccionetwork.portal.members.PersonalDataPart;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.web.VisibleChange;

/** What the forum holds of a member: their posts and likes in their export; gone when they leave. */
@ApplicationScoped
@Transactional
public class ForumMemberData implements PersonalDataPart {

    @Inject
    @PortalData
    private EntityManager em;

    @Override
    public void export(PersonalDataExport export) throws IOException, SQLException {
        export.rows(
                "posts.json",
                "select p.id, p.topic_id, t.title, p.post_number, p.created, p.edited, p.deleted, p.body_source"
                        + " from forum_posts p join forum_topics t on t.id = p.topic_id where p.author_id = ? order by p.id",
                "id",
                "topicId",
                "topicTitle",
                "number",
                "created",
                "edited",
                "removed",
                "body");
        export.rows(
                "likes.json",
                "select l.post_id, p.topic_id, l.created from forum_likes l join forum_posts p on p.id = l.post_id"
                        + " where l.member_id = ? order by l.created",
                "postId",
                "topicId",
                "created");
    }

    /** Their drafts, watches and read marks go; their posts too, if they asked. */
    void memberLeaving(@Observes MemberLeaving leaving) {
        if (!leaving.keepPosts()) {
            em.createNativeQuery("update forum_posts set deleted = true where author_id = ?")
                    .setParameter(1, leaving.memberId())
                    .executeUpdate();
            VisibleChange.fire("posts of a member who left");
        }
        for (String table : new String[] {"forum_drafts", "forum_watches", "forum_category_watches", "forum_reads"}) {
            em.createNativeQuery("delete from " + table + " where member_id = ?")
                    .setParameter(1, leaving.memberId())
                    .executeUpdate();
        }
    }
}
