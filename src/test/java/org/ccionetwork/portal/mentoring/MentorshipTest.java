package org.ccionetwork.portal.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.junit.jupiter.api.Test;

class MentorshipTest {

    private static final long MENTEE = 1;
    private static final long MENTOR = 2;
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private static MentoringRequest request() {
        return new MentoringRequest(
                MENTEE, "Help with a clinical safety case, please.", List.of("clinical-safety"), NOW);
    }

    @Test
    void onlyTheMentorAnswersAndOnlyOnce() {
        var mentorship = new Mentorship(request(), MENTOR, NOW);
        assertThrows(NotAllowedException.class, () -> mentorship.accept(MENTEE, NOW), "not the mentee");
        assertThrows(NotAllowedException.class, () -> mentorship.accept(99, NOW), "not a stranger");
        mentorship.accept(MENTOR, NOW);
        assertEquals(Mentorship.State.ACCEPTED, mentorship.getState());
        assertThrows(NotAllowedException.class, () -> mentorship.decline(MENTOR, NOW), "answered already");
        assertThrows(NotAllowedException.class, () -> mentorship.withdraw(MENTEE, NOW), "too late to withdraw");
    }

    @Test
    void eitherSideEndsAMentorshipUnderWayAndNobodyElse() {
        var mentorship = new Mentorship(request(), MENTOR, NOW);
        assertThrows(NotAllowedException.class, () -> mentorship.end(MENTEE, NOW), "not under way yet");
        mentorship.accept(MENTOR, NOW);
        assertThrows(NotAllowedException.class, () -> mentorship.end(99, NOW));
        mentorship.end(MENTEE, NOW);
        assertEquals(Mentorship.State.ENDED, mentorship.getState());
        assertThrows(NotAllowedException.class, () -> mentorship.end(MENTOR, NOW), "ended already");
    }

    @Test
    void theMenteeWithdrawsAWaitingAskAndTheMentorCannot() {
        var mentorship = new Mentorship(request(), MENTOR, NOW);
        assertThrows(NotAllowedException.class, () -> mentorship.withdraw(MENTOR, NOW));
        mentorship.withdraw(MENTEE, NOW);
        assertEquals(Mentorship.State.WITHDRAWN, mentorship.getState());
        assertThrows(NotAllowedException.class, () -> mentorship.accept(MENTOR, NOW), "withdrawn");
    }

    @Test
    void nobodyMentorsThemselvesNorAnswersARequestNoLongerOpen() {
        assertThrows(NotAllowedException.class, () -> new Mentorship(request(), MENTEE, NOW));
        var request = request();
        request.withdraw();
        assertThrows(NotAllowedException.class, () -> new Mentorship(request, MENTOR, NOW));
        assertThrows(NotAllowedException.class, request::withdraw);
    }

    @Test
    void anOfferNeedsAnAreaAndSensiblePlaces() {
        assertThrows(NotAllowedException.class, () -> new MentorOffer(MENTOR, List.of(), "", 1, NOW));
        assertThrows(NotAllowedException.class, () -> new MentorOffer(MENTOR, List.of("epr"), "", 0, NOW));
        assertThrows(
                NotAllowedException.class,
                () -> new MentorOffer(MENTOR, List.of("epr"), "", MentorOffer.MOST_PLACES + 1, NOW));
        var offer = new MentorOffer(MENTOR, List.of("epr"), "", 2, NOW);
        assertEquals(true, offer.hasRoomFor(1));
        assertEquals(false, offer.hasRoomFor(2));
        offer.withdraw();
        assertEquals(false, offer.hasRoomFor(0), "withdrawn: nobody new");
    }
}
