package org.ccionetwork.portal.mentoring;

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

/**
 * A member's part in the mentoring scheme: their offer, requests and mentorships in their export
 * (the other side by role only); when they leave, all of it is deleted, and a mentee whose
 * mentor left may look for another (their request is open again).
 */
@ApplicationScoped
@Transactional
public class MentoringMemberData implements PersonalDataPart {

    @Inject
    @PortalData
    private EntityManager em;

    @Override
    public void export(PersonalDataExport export) throws IOException, SQLException {
        export.rows(
                "mentor-offer.json",
                "select areas, about, places, accepting, consented, created from mentor_offers where member_id = ?",
                "areas",
                "about",
                "places",
                "accepting",
                "consentedToIntroduction",
                "created");
        export.rows(
                "mentoring-requests.json",
                "select wants, areas, state, consented, created from mentoring_requests where member_id = ?"
                        + " order by created",
                "wants",
                "areas",
                "state",
                "consentedToIntroduction",
                "created");
        export.rows(
                "mentorships.json",
                "select case when s.mentor_id = x.me then 'mentor' else 'mentee' end, s.state, s.asked, s.decided,"
                        + " s.ended from mentorships s, (select cast(? as bigint) as me) x"
                        + " where x.me in (s.mentor_id, s.mentee_id) order by s.asked",
                "yourPart",
                "state",
                "asked",
                "decided",
                "ended");
    }

    void memberLeaving(@Observes MemberLeaving leaving) {
        em.createNativeQuery("update mentoring_requests set state = 'OPEN' where state = 'MATCHED' and id in"
                        + " (select request_id from mentorships where mentor_id = ? and state = 'ACCEPTED')")
                .setParameter(1, leaving.memberId())
                .executeUpdate();
        em.createNativeQuery("delete from mentorships where mentor_id = ? or mentee_id = ?")
                .setParameter(1, leaving.memberId())
                .setParameter(2, leaving.memberId())
                .executeUpdate();
        for (String statement : new String[] {
            "delete from mentoring_requests where member_id = ?", "delete from mentor_offers where member_id = ?"
        }) {
            em.createNativeQuery(statement).setParameter(1, leaving.memberId()).executeUpdate();
        }
    }
}
