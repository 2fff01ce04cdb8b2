package org.ccionetwork.portal.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.ccionetwork.portal.mail.Letter;
import org.ccionetwork.portal.mail.MailSettings;
import org.ccionetwork.portal.mail.Outbox;
import org.ccionetwork.portal.mail.Templates;
import org.ccionetwork.portal.members.Member;
import org.ccionetwork.portal.notify.MailKind.Delivery;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.persistence.Times;
import org.ccionetwork.portal.security.Viewer;

/**
 * One member's digest, "What you missed in the CCIO Network", in one transaction: the member's turn
 * is claimed by a conditional UPDATE of when their last digest went (so one node sends it, once), and
 * the message is written to the outbox with it. Nothing new since their last digest or visit: no
 * message.
 */
@ApplicationScoped
@Transactional
public class DigestWriter {

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private Instance<DigestSource> sources;

    @Inject
    private MailPreferences preferences;

    @Inject
    private Outbox outbox;

    @Inject
    private MailSettings settings;

    @Inject
    private UnsubscribeLinks unsubscribe;

    @Inject
    private Subjects subjects;

    /** Every member gets a row with the default frequency (the first node to write it wins). */
    public void ensureRows() {
        em.createNativeQuery("insert into mail_digests (member_id, frequency) select m.id, ? from members m"
                        + " where not exists (select 1 from mail_digests d where d.member_id = m.id)")
                .setParameter(1, MailPreferences.DEFAULT_FREQUENCY.name())
                .executeUpdate();
    }

    /** The members whose digest is due now. */
    public List<Long> due(Instant now) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("select d.member_id from mail_digests d, members m"
                        + " where m.id = d.member_id and m.disabled = false and m.email is not null"
                        + " and ((d.frequency = 'DAILY' and (d.last_sent is null or d.last_sent <= ?))"
                        + " or (d.frequency = 'WEEKLY' and (d.last_sent is null or d.last_sent <= ?)))"
                        + " order by d.member_id")
                .setParameter(1, Times.stored(now.minus(Duration.ofDays(1))))
                .setParameter(2, Times.stored(now.minus(Duration.ofDays(7))))
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Claims and writes the member's digest; false when another node had claimed it or nothing was new. */
    public boolean write(long memberId, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select frequency, last_sent from mail_digests where member_id = ?")
                .setParameter(1, memberId)
                .getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        var frequency = MailKind.Frequency.valueOf((String) rows.getFirst()[0]);
        Instant previous = Times.read(rows.getFirst()[1]);
        if (frequency == MailKind.Frequency.OFF) {
            return false;
        }
        // Claimed only while due: of two nodes at once, the second finds it sent just now.
        int claimed = em.createNativeQuery("update mail_digests set last_sent = ? where member_id = ?"
                        + " and frequency = ? and (last_sent is null or last_sent <= ?)")
                .setParameter(1, Times.stored(now))
                .setParameter(2, memberId)
                .setParameter(3, frequency.name())
                .setParameter(4, Times.stored(now.minus(Duration.ofDays(frequency.days()))))
                .executeUpdate();
        if (claimed != 1) {
            return false;
        }
        var member = em.find(Member.class, memberId);
        Instant since = previous != null ? previous : now.minus(Duration.ofDays(frequency.days()));
        if (member.getLastSeen() != null && member.getLastSeen().isAfter(since)) {
            since = member.getLastSeen(); // what they saw on their last visit is not news to them
        }
        var choices = preferences.of(memberId);
        var viewer = new Viewer(memberId, member.roles());
        var sections = new ArrayList<DigestSource.Section>();
        sections.add(notifications(memberId, since, choices));
        for (DigestSource source : sources) {
            sections.addAll(source.since(viewer, since, choices.of(MailKind.NEWS) != Delivery.NEVER));
        }
        sections.removeIf(s -> s.items().isEmpty());
        if (sections.isEmpty()) {
            return false;
        }
        sections.sort(Comparator.comparingInt(DigestSource.Section::order));
        outbox.add(letter(member, sections), Duration.ZERO);
        return true;
    }

    /** The notifications they have not seen nor had by mail, of the kinds they want at all. */
    private DigestSource.Section notifications(long memberId, Instant since, MailPreferences.Choices choices) {
        var latest = em
                .createQuery(
                        "select n from Notification n where n.recipientId = :m and n.readAt is null"
                                + " and n.emailedAt is null and n.created > :since order by n.id desc",
                        Notification.class)
                .setParameter("m", memberId)
                .setParameter("since", Times.stored(since))
                .setMaxResults(10)
                .getResultList()
                .stream()
                .filter(n -> choices.of(MailKind.of(n.getKind())) != Delivery.NEVER)
                .toList();
        var titles = subjects.titles(
                latest.stream().map(Notification::getTopicId).distinct().toList());
        var items = latest.stream()
                .filter(n -> titles.containsKey(n.getTopicId()))
                .map(n -> new DigestSource.Item(
                        titles.get(n.getTopicId()),
                        subjects.link(n.getTopicId(), n.getPostNumber()),
                        n.getKind() == NotificationKind.NEW_TOPIC
                                ? "A new topic in a category you watch"
                                : "Someone " + n.getKind().phrase() + " this topic"))
                .toList();
        return new DigestSource.Section(0, "For you", items);
    }

    private Letter letter(Member member, List<DigestSource.Section> sections) {
        String base = settings.publicUrl();
        var text = new StringBuilder();
        var html = new StringBuilder();
        for (var section : sections) {
            text.append(section.heading()).append("\n");
            html.append("<h2 style=\"font-size: 19px; margin: 24px 0 8px;\">")
                    .append(Templates.escape(section.heading()))
                    .append("</h2>\n<ul style=\"padding-left: 20px;\">\n");
            for (var item : section.items()) {
                text.append("- ")
                        .append(item.title())
                        .append("\n  ")
                        .append(item.line())
                        .append("\n  ")
                        .append(base)
                        .append(item.link())
                        .append("\n");
                html.append("<li style=\"margin-bottom: 8px;\"><a href=\"")
                        .append(Templates.escape(base + item.link()))
                        .append("\" style=\"color: #005eb8;\">")
                        .append(Templates.escape(item.title()))
                        .append("</a><br><span style=\"color: #4c6272;\">")
                        .append(Templates.escape(item.line()))
                        .append("</span></li>\n");
            }
            text.append("\n");
            html.append("</ul>\n");
        }
        String unsubscribeUrl = unsubscribe.link(member.getId(), UnsubscribeLinks.DIGEST);
        Map<String, String> values = Map.of(
                "name", member.getDisplayName(),
                "sections", text.toString().strip(),
                "sectionsHtml", html.toString(),
                "settings", base + UnsubscribeLinks.SETTINGS_PAGE,
                "unsubscribe", unsubscribeUrl);
        return new Letter(
                member.getId(),
                member.getEmail(),
                member.getDisplayName(),
                "What you missed in the CCIO Network",
                Templates.text("digest", values),
                Templates.html("digest", values),
                unsubscribeUrl,
                null);
    }
}
