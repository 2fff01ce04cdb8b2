package org.ccionetwork.portal.notify;

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

/** A member's notifications: in their export; gone when they leave. */
@ApplicationScoped
@Transactional
public class NotificationMemberData implements PersonalDataPart {

    @Inject
    @PortalData
    private EntityManager em;

    @Override
    public void export(PersonalDataExport export) throws IOException, SQLException {
        export.rows(
                "notifications.json",
                "select n.kind, n.topic_id, n.post_number, n.created, n.read_at from notifications n"
                        + " where n.recipient_id = ? order by n.id",
                "kind",
                "topicId",
                "postNumber",
                "created",
                "read");
    }

    void memberLeaving(@Observes MemberLeaving leaving) {
        em.createNativeQuery("delete from notifications where recipient_id = ?")
                .setParameter(1, leaving.memberId())
                .executeUpdate();
    }
}
