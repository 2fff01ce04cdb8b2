package org.ccionetwork.portal.mentoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ccionetwork.portal.members.Member;
import org.ccionetwork.portal.members.MemberService;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.shared.NotFoundException;

/**
 * Between a mentee and a mentor: the mentee asks one proposed mentor at a time; the mentor accepts
 * (both are then introduced by mail, each having consented when they offered or asked) or
 * declines (the mentee is told, and other mentors are proposed); either ends a mentorship under
 * way. Each side sees only the mentorships they are part of.
 */
@ApplicationScoped
@Transactional
public class Mentorships {

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Mentoring mentoring;

    @Inject
    private MemberService members;

    @Inject
    private MentoringMail mail;

    /** A mentorship as one side sees it: the other member, and what the mentee asked for. */
    public record Side(Mentorship mentorship, Member other, String wants) {}

    /** The viewer's part in the scheme: asks waiting for their answer, their own ask, their mentees and mentors. */
    public record Mine(List<Side> asksToMe, List<Side> myAsks, List<Side> mentees, List<Side> mentors) {

        /** Whether the member takes part at all (for their profile page: "empty" is a word of EL, and a record has no bean properties there). */
        public boolean any() {
            return !(asksToMe.isEmpty() && myAsks.isEmpty() && mentees.isEmpty() && mentors.isEmpty());
        }
    }

    /** The viewer asks a mentor proposed for their open request now. */
    public Mentorship ask(Viewer viewer, long mentorId) {
        var request = mentoring
                .openRequest(viewer)
                .orElseThrow(() -> new NotAllowedException("Say what you are looking for first."));
        // Two tabs asking at once: the request's row is held, so one ask waits at a time.
        em.lock(request, LockModeType.PESSIMISTIC_WRITE);
        boolean proposed =
                mentoring.proposals(viewer).stream().anyMatch(p -> p.mentor().getId() == mentorId);
        if (!proposed) {
            throw new NotAllowedException(
                    "You can ask one of the mentors proposed to you, one at a time, while they have room.");
        }
        var mentorship = new Mentorship(request, mentorId, clock.instant());
        em.persist(mentorship);
        mail.asked(mentorship, request, people(mentorship));
        return mentorship;
    }

    /** The mentor accepts, while they have a place; both are introduced by mail. */
    public void accept(Viewer viewer, long mentorshipId) {
        viewer.requireMember();
        var mentorship = partOf(viewer, mentorshipId);
        var offer = em.find(MentorOffer.class, mentorship.getMentorId(), LockModeType.PESSIMISTIC_WRITE);
        long underWay = em.createQuery(
                        "select count(m) from Mentorship m where m.mentorId = :me and m.state = :accepted", Long.class)
                .setParameter("me", mentorship.getMentorId())
                .setParameter("accepted", Mentorship.State.ACCEPTED)
                .getSingleResult();
        if (offer == null || underWay >= offer.getPlaces()) {
            throw new NotAllowedException(
                    "All the places you offered are taken: end a mentorship or offer more places first.");
        }
        mentorship.accept(viewer.memberId(), clock.instant());
        var request = em.find(MentoringRequest.class, mentorship.getRequestId(), LockModeType.PESSIMISTIC_WRITE);
        request.matched();
        mail.introduced(mentorship, request, people(mentorship));
    }

    public void decline(Viewer viewer, long mentorshipId) {
        viewer.requireMember();
        var mentorship = partOf(viewer, mentorshipId);
        mentorship.decline(viewer.memberId(), clock.instant());
        mail.declined(mentorship, people(mentorship));
    }

    /** The mentee takes back an ask that waits (to ask someone else, say). */
    public void withdraw(Viewer viewer, long mentorshipId) {
        viewer.requireMember();
        partOf(viewer, mentorshipId).withdraw(viewer.memberId(), clock.instant());
    }

    /** The mentee no longer looks for a mentor: the request, and any ask that waits, are withdrawn. */
    public void withdrawRequest(Viewer viewer) {
        var request = mentoring.openRequest(viewer).orElse(null);
        if (request == null) {
            return;
        }
        waiting(request.getId()).forEach(m -> m.withdraw(viewer.memberId(), clock.instant()));
        request.withdraw();
    }

    /** Either side ends a mentorship under way; the other is told. */
    public void end(Viewer viewer, long mentorshipId) {
        viewer.requireMember();
        var mentorship = partOf(viewer, mentorshipId);
        mentorship.end(viewer.memberId(), clock.instant());
        mail.ended(mentorship, viewer.memberId(), people(mentorship));
    }

    public Mine mine(Viewer viewer) {
        viewer.requireMember();
        var all = em.createQuery(
                        "select m from Mentorship m where (m.mentorId = :me or m.menteeId = :me) and m.state in :live"
                                + " order by m.asked",
                        Mentorship.class)
                .setParameter("me", viewer.memberId())
                .setParameter("live", List.of(Mentorship.State.ASKED, Mentorship.State.ACCEPTED))
                .getResultList();
        if (all.isEmpty()) {
            return new Mine(List.of(), List.of(), List.of(), List.of());
        }
        var ids = new java.util.HashSet<Long>();
        var requestIds = new java.util.HashSet<Long>();
        all.forEach(m -> {
            ids.add(m.getMentorId());
            ids.add(m.getMenteeId());
            requestIds.add(m.getRequestId());
        });
        var people = new HashMap<Long, Member>();
        members.byIds(ids).forEach(m -> people.put(m.getId(), m));
        var wants = new HashMap<Long, String>();
        em.createQuery("select r from MentoringRequest r where r.id in :ids", MentoringRequest.class)
                .setParameter("ids", requestIds)
                .getResultList()
                .forEach(r -> wants.put(r.getId(), r.getWants()));
        var asksToMe = new java.util.ArrayList<Side>();
        var myAsks = new java.util.ArrayList<Side>();
        var mentees = new java.util.ArrayList<Side>();
        var mentors = new java.util.ArrayList<Side>();
        for (Mentorship m : all) {
            boolean iMentor = viewer.is(m.getMentorId());
            var side =
                    new Side(m, people.get(iMentor ? m.getMenteeId() : m.getMentorId()), wants.get(m.getRequestId()));
            boolean asked = m.getState() == Mentorship.State.ASKED;
            (iMentor ? (asked ? asksToMe : mentees) : (asked ? myAsks : mentors)).add(side);
        }
        return new Mine(asksToMe, myAsks, mentees, mentors);
    }

    /** A mentorship the viewer is part of; "not found" to anyone else. */
    private Mentorship partOf(Viewer viewer, long mentorshipId) {
        var mentorship = em.find(Mentorship.class, mentorshipId, LockModeType.PESSIMISTIC_WRITE);
        if (mentorship == null || !(viewer.is(mentorship.getMentorId()) || viewer.is(mentorship.getMenteeId()))) {
            throw new NotFoundException("mentorship");
        }
        return mentorship;
    }

    private List<Mentorship> waiting(long requestId) {
        return em.createQuery(
                        "select m from Mentorship m where m.requestId = :r and m.state = :asked", Mentorship.class)
                .setParameter("r", requestId)
                .setParameter("asked", Mentorship.State.ASKED)
                .getResultList();
    }

    private Map<Long, Member> people(Mentorship mentorship) {
        var people = new HashMap<Long, Member>();
        members.byIds(List.of(mentorship.getMentorId(), mentorship.getMenteeId()))
                .forEach(m -> people.put(m.getId(), m));
        return people;
    }
}
