package org.ccionetwork.portal.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import org.ccionetwork.portal.members.MemberLeaving;
import org.ccionetwork.portal.members.PersonalDataExport;
import org.ccionetwork.portal.members.PersonalDataPart;
import org.ccionetwork.portal.persistence.PortalData;

/**
 * A member's registrations and CPD record: in their export; when they leave, their places at
 * events to come go to those waiting (who are told), and their registrations, CPD entries (and so
 * certificates), calendar link and organising are deleted.
 */
@ApplicationScoped
@Transactional
public class EventMemberData implements PersonalDataPart {

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private Registrations registrations;

    @Inject
    private java.time.Clock clock;

    @Override
    public void export(PersonalDataExport export) throws IOException, SQLException {
        export.rows(
                "event-registrations.json",
                "select e.title, e.starts, r.status, r.needs, r.statement, r.created, r.checked_in"
                        + " from event_registrations r,"
                        + " events e where r.member_id = ? and e.id = r.event_id order by r.created",
                "event",
                "starts",
                "standing",
                "needs",
                "statement",
                "registered",
                "checkedIn");
        export.rows(
                "cpd-record.json",
                "select title, held_on, hours, certificate_code from cpd_entries where member_id = ?"
                        + " order by held_on",
                "event",
                "date",
                "hours",
                "certificateCode");
    }

    void memberLeaving(@Observes MemberLeaving leaving) {
        @SuppressWarnings("unchecked")
        List<Object> placesToCome = em.createNativeQuery("select r.event_id from event_registrations r, events e"
                        + " where r.member_id = ? and r.status = 'REGISTERED' and e.id = r.event_id and e.ends > ?")
                .setParameter(1, leaving.memberId())
                .setParameter(2, org.ccionetwork.portal.persistence.Times.stored(clock.instant()))
                .getResultList();
        for (Object eventId : placesToCome) {
            registrations.giveUp(((Number) eventId).longValue(), leaving.memberId());
        }
        for (String statement : new String[] {
            "delete from event_registrations where member_id = ?",
            "delete from cpd_entries where member_id = ?",
            "delete from event_feed_tokens where member_id = ?",
            "delete from event_organisers where member_id = ?"
        }) {
            em.createNativeQuery(statement).setParameter(1, leaving.memberId()).executeUpdate();
        }
    }
}
