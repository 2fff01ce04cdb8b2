package org.ccionetwork.portal.mentoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.ccionetwork.portal.mail.Letter;
import org.ccionetwork.portal.mail.MailSettings;
import org.ccionetwork.portal.mail.Outbox;
import org.ccionetwork.portal.mail.Templates;
import org.ccionetwork.portal.members.Member;

/**
 * What the mentoring scheme tells its members by mail, written to the outbox in the transaction
 * of the change: a mentor is asked, mentor and mentee are introduced (each gave their consent to
 * this when they offered or asked: the mail gives each the other's email address), an ask is
 * declined, a mentorship ends. These are about the member's own part in the scheme, so they go
 * whatever their notification settings.
 */
@ApplicationScoped
public class MentoringMail {

    @Inject
    private Outbox outbox;

    @Inject
    private MailSettings settings;

    void asked(Mentorship mentorship, MentoringRequest request, Map<Long, Member> people) {
        var mentee = people.get(mentorship.getMenteeId());
        tell(
                people.get(mentorship.getMentorId()),
                mentee.getDisplayName() + " would like you as their mentor",
                "In their words: “" + request.getWants() + "” Accept or decline on the mentoring page; if you"
                        + " accept, the portal introduces you to each other by email.");
    }

    void introduced(Mentorship mentorship, MentoringRequest request, Map<Long, Member> people) {
        var mentor = people.get(mentorship.getMentorId());
        var mentee = people.get(mentorship.getMenteeId());
        tell(
                mentee,
                "Mentoring: meet " + mentor.getDisplayName(),
                mentor.getDisplayName() + " has agreed to be your mentor. You can write to them at "
                        + address(mentor) + "; they have your address too, and may write first. A first"
                        + " conversation about what you hope for usually helps.");
        tell(
                mentor,
                "Mentoring: meet " + mentee.getDisplayName(),
                "You have agreed to mentor " + mentee.getDisplayName() + ", who wrote: “" + request.getWants()
                        + "” You can write to them at " + address(mentee) + "; they have your address too.");
    }

    void declined(Mentorship mentorship, Map<Long, Member> people) {
        tell(
                people.get(mentorship.getMenteeId()),
                people.get(mentorship.getMentorId()).getDisplayName() + " cannot mentor you this time",
                "They have declined, which happens when a mentor's time is short. Your request stays open:"
                        + " the mentoring page proposes other mentors.");
    }

    void ended(Mentorship mentorship, long endedBy, Map<Long, Member> people) {
        long other = endedBy == mentorship.getMentorId() ? mentorship.getMenteeId() : mentorship.getMentorId();
        tell(
                people.get(other),
                "Your mentorship with " + people.get(endedBy).getDisplayName() + " has ended",
                people.get(endedBy).getDisplayName() + " has ended the mentorship on the portal. Thank you for"
                        + " taking part; the mentoring page is there if you would like another.");
    }

    private static String address(Member member) {
        return member.getEmail() == null || member.getEmail().isBlank()
                ? "(no email address known to the portal)"
                : member.getEmail();
    }

    private void tell(Member member, String headline, String details) {
        Map<String, String> values = Map.of(
                "name",
                member.getDisplayName(),
                "headline",
                headline,
                "details",
                details,
                "link",
                settings.publicUrl() + "/mentoring/");
        outbox.queue(
                new Letter(
                        member.getId(),
                        member.getEmail() == null ? "" : member.getEmail(),
                        member.getDisplayName(),
                        headline,
                        Templates.text("mentoring", values),
                        Templates.html("mentoring", values),
                        null,
                        null),
                Duration.ZERO);
    }
}
