package org.ccionetwork.portal.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.ccionetwork.portal.members.ProfessionalRole;
import org.junit.jupiter.api.Test;

class MentorMatchTest {

    private static final MentorMatch.Seeker NURSE_IN_THE_NORTH_WEST = new MentorMatch.Seeker(
            List.of("clinical-safety"),
            "I am moving into a CNIO role and want help with our EPR go-live.",
            ProfessionalRole.NURSE,
            "North West");

    private static MentorMatch.Mentor mentor(
            long id, List<String> areas, List<String> expertise, ProfessionalRole role, String region) {
        return new MentorMatch.Mentor(id, areas, expertise, role, region);
    }

    @Test
    void anAreaAskedForWeighsMostAndSaysWhy() {
        var match = MentorMatch.of(
                        NURSE_IN_THE_NORTH_WEST, mentor(1, List.of("Clinical-Safety"), List.of(), null, null))
                .orElseThrow();
        assertEquals(3, match.score());
        assertEquals(List.of("mentors in clinical-safety"), match.because());
    }

    @Test
    void theSeekersOwnWordsNameAnAreaToo() {
        var match = MentorMatch.of(NURSE_IN_THE_NORTH_WEST, mentor(1, List.of("go-live"), List.of("epr"), null, null))
                .orElseThrow();
        assertEquals(2, match.score(), "go-live and epr are both in what they wrote");
        assertTrue(match.because().contains("mentors in go-live, which you mention"));
    }

    @Test
    void professionCountsByFamilyAndRegionOnlyBesideSomethingElse() {
        var cnio = MentorMatch.of(
                        NURSE_IN_THE_NORTH_WEST,
                        mentor(1, List.of("rostering"), List.of(), ProfessionalRole.CNIO, null))
                .orElseThrow();
        assertEquals(2, cnio.score());
        assertEquals(List.of("your profession: CNIO"), cnio.because());
        var nurseHere = MentorMatch.of(
                        NURSE_IN_THE_NORTH_WEST,
                        mentor(2, List.of("rostering"), List.of(), ProfessionalRole.NURSE, "North West"))
                .orElseThrow();
        assertEquals(List.of("also a Nurse", "also in North West"), nurseHere.because());
        assertEquals(
                Optional.empty(),
                MentorMatch.of(
                        NURSE_IN_THE_NORTH_WEST,
                        mentor(3, List.of("rostering"), List.of(), ProfessionalRole.CCIO, "North West")),
                "a doctor in the same region who offers something else is no match");
        assertEquals(
                Optional.empty(),
                MentorMatch.of(
                        NURSE_IN_THE_NORTH_WEST,
                        mentor(4, List.of("rostering"), List.of(), ProfessionalRole.CIO, null)),
                "a CIO is of no profession's family");
    }

    @Test
    void theBestComeFirstAndTiesByWhoOfferedFirst() {
        var mentors = List.of(
                mentor(10, List.of("rostering"), List.of(), ProfessionalRole.CNIO, null),
                mentor(11, List.of("clinical-safety"), List.of(), ProfessionalRole.CNIO, "North West"),
                mentor(12, List.of("clinical-safety"), List.of(), null, null),
                mentor(9, List.of("clinical-safety"), List.of(), null, null),
                mentor(13, List.of("rostering"), List.of(), null, "North West"));
        assertEquals(
                List.of(11L, 9L, 12L),
                MentorMatch.best(NURSE_IN_THE_NORTH_WEST, mentors, 3).stream()
                        .map(MentorMatch::mentorId)
                        .toList());
    }
}
