package org.ccionetwork.portal.mentoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccionetwork.portal.members.Member;
import org.ccionetwork.portal.members.MemberService;
import org.ccionetwork.portal.members.Profile;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.security.Role;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;

/**
 * The mentoring scheme for members: offering to mentor, asking for a mentor, and the mentors the
 * portal proposes for an open request ({@link MentorMatch}). What happens between a mentee and a
 * mentor after the ask is {@link Mentorships}. Everything here is for members only, each about
 * their own offer and request; admins see the scheme's numbers, never who is paired with whom.
 */
@ApplicationScoped
@Transactional
public class Mentoring {

    static final int MOST_PROPOSALS = 5;
    private static final int MOST_MENTORS_READ = 2000;

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private MemberService members;

    /** A mentor proposed for the viewer's open request, and why. */
    public record Proposal(Member mentor, MentorOffer offer, List<String> because) {

        public String reasons() {
            return String.join("; ", because);
        }
    }

    /** The scheme's numbers, for admins: counts only. */
    public record Numbers(
            long mentorsOffering,
            long placesOffered,
            long mentorshipsUnderWay,
            long requestsOpen,
            long asksWaiting,
            long accepted,
            long declined,
            long ended) {}

    public Optional<MentorOffer> offer(Viewer viewer) {
        viewer.requireMember();
        return Optional.ofNullable(em.find(MentorOffer.class, viewer.memberId()));
    }

    /** The viewer offers to mentor (or changes their offer), consenting to be introduced by mail. */
    public MentorOffer offer(Viewer viewer, List<String> areas, String about, int places, boolean consents) {
        viewer.requireMember();
        requireConsent(consents);
        var now = clock.instant();
        var offer = em.find(MentorOffer.class, viewer.memberId());
        if (offer == null) {
            offer = new MentorOffer(viewer.memberId(), areas, about, places, now);
            em.persist(offer);
        } else {
            offer.change(areas, about, places, now);
        }
        return offer;
    }

    /** Nobody new is proposed to the viewer; mentorships under way go on. */
    public void withdrawOffer(Viewer viewer) {
        offer(viewer).ifPresent(MentorOffer::withdraw);
    }

    public Optional<MentoringRequest> openRequest(Viewer viewer) {
        viewer.requireMember();
        return em.createQuery(
                        "select r from MentoringRequest r where r.memberId = :me and r.state = :open",
                        MentoringRequest.class)
                .setParameter("me", viewer.memberId())
                .setParameter("open", MentoringRequest.State.OPEN)
                .getResultStream()
                .findFirst();
    }

    /** The viewer asks for a mentor (or rewords their open request), consenting to be introduced by mail. */
    public MentoringRequest request(Viewer viewer, String wants, List<String> areas, boolean consents) {
        viewer.requireMember();
        requireConsent(consents);
        var now = clock.instant();
        var open = openRequest(viewer);
        if (open.isPresent()) {
            open.get().change(wants, areas, now);
            return open.get();
        }
        var request = new MentoringRequest(viewer.memberId(), wants, areas, now);
        em.persist(request);
        return request;
    }

    private static void requireConsent(boolean consents) {
        if (!consents) {
            throw new NotAllowedException("Tick the box to agree to the introduction by email.");
        }
    }

    /**
     * Up to {@value #MOST_PROPOSALS} mentors for the viewer's open request: members still in the
     * network whose offer has room, never the viewer, never one who declined or was withdrawn from
     * this request, never one who mentors the viewer already; none while an ask waits for its answer.
     */
    public List<Proposal> proposals(Viewer viewer) {
        var request = openRequest(viewer).orElse(null);
        if (request == null) {
            return List.of();
        }
        var tried = new HashSet<Long>();
        for (Mentorship m : em.createQuery(
                        "select m from Mentorship m where m.requestId = :r"
                                + " or (m.menteeId = :me and m.state = :accepted)",
                        Mentorship.class)
                .setParameter("r", request.getId())
                .setParameter("me", viewer.memberId())
                .setParameter("accepted", Mentorship.State.ACCEPTED)
                .getResultList()) {
            if (m.getState() == Mentorship.State.ASKED && m.getRequestId() == request.getId()) {
                return List.of();
            }
            tried.add(m.getMentorId());
        }
        var offers = em
                .createQuery(
                        "select o from MentorOffer o where o.accepting = :yes and o.memberId <> :me", MentorOffer.class)
                .setParameter("yes", Boolean.TRUE)
                .setParameter("me", viewer.memberId())
                .setMaxResults(MOST_MENTORS_READ)
                .getResultList()
                .stream()
                .filter(o -> !tried.contains(o.getMemberId()))
                .toList();
        if (offers.isEmpty()) {
            return List.of();
        }
        var taken = taken(offers.stream().map(MentorOffer::getMemberId).toList());
        var people = new HashMap<Long, Member>();
        members.byIds(offers.stream().map(MentorOffer::getMemberId).toList()).forEach(m -> people.put(m.getId(), m));
        var byId = new HashMap<Long, MentorOffer>();
        var mentors = offers.stream()
                .filter(o -> o.hasRoomFor(taken.getOrDefault(o.getMemberId(), 0L)))
                .filter(o -> available(people.get(o.getMemberId())))
                .peek(o -> byId.put(o.getMemberId(), o))
                .map(o -> asMentor(o, people.get(o.getMemberId())))
                .toList();
        var me = members.me(viewer);
        var seeker = new MentorMatch.Seeker(
                request.getAreas(), request.getWants(), me.getProfessionalRole(), me.getRegion());
        return MentorMatch.best(seeker, mentors, MOST_PROPOSALS).stream()
                .map(match -> new Proposal(people.get(match.mentorId()), byId.get(match.mentorId()), match.because()))
                .toList();
    }

    static boolean available(Member member) {
        return member != null
                && !member.isDisabled()
                && !member.isLeftNetwork()
                && member.getUsername() != null
                && member.hasRole(Role.MEMBER);
    }

    /** What the matching may read of a mentor: their offer, and only the profile fields they show. */
    private static MentorMatch.Mentor asMentor(MentorOffer offer, Member member) {
        return new MentorMatch.Mentor(
                offer.getMemberId(),
                offer.getAreas(),
                member.shows(Profile.Field.EXPERTISE) ? member.getExpertiseList() : List.of(),
                member.shows(Profile.Field.ROLE) ? member.getProfessionalRole() : null,
                member.shows(Profile.Field.REGION) ? member.getRegion() : null);
    }

    /** Per mentor, their mentorships under way or asked for (a mentor with none is left out). */
    Map<Long, Long> taken(List<Long> mentorIds) {
        var counts = new HashMap<Long, Long>();
        if (mentorIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createQuery(
                        "select m.mentorId, count(m) from Mentorship m where m.mentorId in :ids"
                                + " and m.state in :busy group by m.mentorId",
                        Object[].class)
                .setParameter("ids", mentorIds)
                .setParameter("busy", List.of(Mentorship.State.ASKED, Mentorship.State.ACCEPTED))
                .getResultList()) {
            counts.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** The scheme in numbers, for admins only ("not found" to anyone else). */
    public Numbers numbers(Viewer viewer) {
        viewer.requireAdmin("mentoring numbers");
        var states = new HashMap<Mentorship.State, Long>();
        for (Object[] row : em.createQuery(
                        "select m.state, count(m) from Mentorship m group by m.state", Object[].class)
                .getResultList()) {
            states.put((Mentorship.State) row[0], ((Number) row[1]).longValue());
        }
        // Native SQL: EclipseLink writes a JPQL report query's booleans as 0 on H2, which H2 refuses.
        Object[] offered = (Object[])
                em.createNativeQuery("select count(*), coalesce(sum(places), 0) from mentor_offers where accepting = ?")
                        .setParameter(1, true)
                        .getSingleResult();
        long open = em.createQuery("select count(r) from MentoringRequest r where r.state = :open", Long.class)
                .setParameter("open", MentoringRequest.State.OPEN)
                .getSingleResult();
        long underWay = states.getOrDefault(Mentorship.State.ACCEPTED, 0L);
        long ended = states.getOrDefault(Mentorship.State.ENDED, 0L);
        return new Numbers(
                ((Number) offered[0]).longValue(),
                ((Number) offered[1]).longValue(),
                underWay,
                open,
                states.getOrDefault(Mentorship.State.ASKED, 0L),
                underWay + ended,
                states.getOrDefault(Mentorship.State.DECLINED, 0L),
                ended);
    }
}
