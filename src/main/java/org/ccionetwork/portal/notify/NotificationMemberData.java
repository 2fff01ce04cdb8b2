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

/** A member's notifications and mail settings: in their export; gone when they leave, with the messages sent to them. */
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
        export.rows(
                "mail-settings.json",
                "select p.kind, p.delivery from mail_preferences p where p.member_id = ? order by p.kind",
                "kind",
                "delivery");
    }

    void memberLeaving(@Observes MemberLeaving leaving) {
        for (String statement : new String[] {
            "delete from notifications where recipient_id = ?",
            "delete from mail_preferences where member_id = ?",
            "delete from mail_digests where member_id = ?",
            "delete from mail_outbox where recipient_id = ?"
        }) {
            em.createNativeQuery(statement).setParameter(1, leaving.memberId()).executeUpdate();
        }
    }
}
