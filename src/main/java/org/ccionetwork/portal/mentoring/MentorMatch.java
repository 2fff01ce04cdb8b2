package org.ccionetwork.portal.mentoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ccionetwork.portal.members.ProfessionalRole;
import org.ccionetwork.portal.search.Words;

/**
 * How well a mentor fits what a member looking for one asked, and why, in words the member reads:
 * each area asked for that the mentor offers or shows as expertise (the most weight), each of the
 * member's own words that names one of them, the same profession (a nurse and a CNIO are both
 * nursing), and the same region. A mentor who shares only the region is not a match. Only what the
 * mentor shows on their profile is read: the caller passes null for a hidden field.
 */
public record MentorMatch(long mentorId, int score, List<String> because) {

    /** The member looking for a mentor, as they described it and as their profile says. */
    public record Seeker(List<String> areas, String wants, ProfessionalRole role, String region) {}

    /** A mentor with room for one more: their offer's areas and what their profile shows (null when hidden). */
    public record Mentor(
            long memberId, List<String> areas, List<String> expertise, ProfessionalRole role, String region) {}

    private static final int MOST_WORD_POINTS = 3;

    public static Optional<MentorMatch> of(Seeker seeker, Mentor mentor) {
        var offered = new LinkedHashSet<String>();
        mentor.areas().forEach(a -> offered.add(a.toLowerCase(Locale.ROOT)));
        mentor.expertise().forEach(a -> offered.add(a.toLowerCase(Locale.ROOT)));
        int score = 0;
        var because = new ArrayList<String>();
        var asked = new HashSet<String>();
        for (String area : seeker.areas()) {
            String a = area.toLowerCase(Locale.ROOT);
            if (offered.contains(a) && asked.add(a)) {
                score += 3;
                because.add("mentors in " + a);
            }
        }
        Set<String> words = new HashSet<>(Words.of(seeker.wants() == null ? "" : seeker.wants(), 200));
        int wordPoints = 0;
        for (String area : offered) {
            boolean named = words.contains(area) || words.containsAll(List.of(area.split("-")));
            if (!asked.contains(area) && wordPoints < MOST_WORD_POINTS && named) {
                wordPoints++;
                because.add("mentors in " + area + ", which you mention");
            }
        }
        score += wordPoints;
        boolean shared = score > 0;
        if (seeker.role() != null
                && mentor.role() != null
                && family(seeker.role()) == family(mentor.role())
                && family(mentor.role()) != Family.NONE) {
            score += 2;
            shared = true;
            because.add(
                    mentor.role() == seeker.role()
                            ? "also " + article(mentor.role()) + " "
                                    + mentor.role().getLabel()
                            : "your profession: " + mentor.role().getLabel());
        }
        if (seeker.region() != null && seeker.region().equals(mentor.region())) {
            score += 1;
            because.add("also in " + mentor.region());
        }
        return shared ? Optional.of(new MentorMatch(mentor.memberId(), score, List.copyOf(because))) : Optional.empty();
    }

    /** The best matches first (a tie goes to the mentor who offered first, by id), at most so many. */
    public static List<MentorMatch> best(Seeker seeker, Collection<Mentor> mentors, int most) {
        return mentors.stream()
                .map(m -> of(seeker, m))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingInt((MentorMatch m) -> -m.score()).thenComparingLong(MentorMatch::mentorId))
                .limit(most)
                .toList();
    }

    private enum Family {
        NURSING,
        MEDICAL,
        ALLIED,
        NONE
    }

    private static Family family(ProfessionalRole role) {
        return switch (role) {
            case NURSE, CNIO -> Family.NURSING;
            case CLINICIAN, TRAINEE, CCIO, CMIO -> Family.MEDICAL;
            case AHP -> Family.ALLIED;
            case CIO, OTHER -> Family.NONE;
        };
    }

    private static String article(ProfessionalRole role) {
        return "AEIOU".indexOf(role.getLabel().charAt(0)) >= 0 ? "an" : "a";
    }
}
