package org.ccionetwork.portal.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.persistence.Times;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.text.Formats;

/**
 * The organisers' side of registrations: who is coming (with their needs, for organisers only), a
 * CSV of it, and check-in on the day, which records the event's CPD hours for the member.
 */
@ApplicationScoped
@Transactional
public class Attendance {

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private EventService events;

    @Inject
    private Clock clock;

    /** One person registered or waiting. */
    public record Attendee(
            long memberId,
            String name,
            String email,
            String organisation,
            String standing,
            String needs,
            String statement,
            Instant checkedIn) {

        /** How the organisers' list and CSV name where they stand. */
        public String standingLabel() {
            return switch (standing) {
                case "REGISTERED" -> "Place";
                case "WAITING" -> "Waiting list";
                case "APPLIED" -> "Applied";
                case "RESERVE" -> "Reserve";
                case "DECLINED" -> "Declined";
                default -> standing;
            };
        }

        /** Whether the organisers may still decide on them (an application, or someone in reserve). */
        public boolean isDecidable() {
            return standing.equals("APPLIED") || standing.equals("RESERVE");
        }
    }

    /** One line of a member's CPD record. */
    public record CpdEntry(long eventId, String title, LocalDate heldOn, BigDecimal hours) {}

    /** Those with a place, then applications, reserve and the waiting list, each in order; for organisers. */
    public List<Attendee> attendees(Viewer viewer, long eventId) {
        events.desk(viewer, eventId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select m.id, m.display_name, m.email, m.organisation_name,"
                        + " r.status, r.needs, r.statement, r.checked_in from event_registrations r, members m"
                        + " where r.event_id = ? and m.id = r.member_id and r.status <> 'CANCELLED'"
                        + " order by case r.status when 'REGISTERED' then 0 when 'APPLIED' then 1"
                        + " when 'RESERVE' then 2 when 'WAITING' then 3 else 4 end, r.created, m.id")
                .setParameter(1, eventId)
                .getResultList();
        return rows.stream()
                .map(r -> new Attendee(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        (String) r[6],
                        Times.read(r[7])))
                .toList();
    }

    /** The attendees as CSV (RFC 4180), a spreadsheet's first line naming the columns. */
    public String csv(Viewer viewer, long eventId) {
        var out = new StringBuilder("Name,Email,Organisation,Standing,Needs,Checked in\r\n");
        var formats = new Formats();
        for (var a : attendees(viewer, eventId)) {
            out.append(String.join(
                            ",",
                            cell(a.name()),
                            cell(a.email()),
                            cell(a.organisation()),
                            cell(a.standingLabel()),
                            cell(a.needs()),
                            cell(a.checkedIn() == null ? "" : formats.when(a.checkedIn()))))
                    .append("\r\n");
        }
        return out.toString();
    }

    /** Checks the member in: only someone with a place, once; their CPD record gains the event. */
    public void checkIn(Viewer viewer, long eventId, long memberId) {
        var event = events.desk(viewer, eventId);
        var now = clock.instant();
        int changed = em.createNativeQuery("update event_registrations set checked_in = ? where event_id = ?"
                        + " and member_id = ? and status = 'REGISTERED' and checked_in is null")
                .setParameter(1, Times.stored(now))
                .setParameter(2, eventId)
                .setParameter(3, memberId)
                .executeUpdate();
        if (changed != 1) {
            throw new NotAllowedException("Only someone with a place can be checked in, and only once.");
        }
        em.createNativeQuery("insert into cpd_entries (member_id, event_id, title, held_on, hours, recorded)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .setParameter(1, memberId)
                .setParameter(2, eventId)
                .setParameter(3, event.getTitle())
                .setParameter(4, LocalDate.ofInstant(event.getStarts(), Formats.UK))
                .setParameter(5, event.getCpdHours())
                .setParameter(6, Times.stored(now))
                .executeUpdate();
    }

    /** The member's own CPD record, the latest first. */
    public List<CpdEntry> cpd(Viewer viewer) {
        viewer.requireMember();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select event_id, title, held_on, hours from cpd_entries"
                        + " where member_id = ? order by held_on desc, event_id desc")
                .setParameter(1, viewer.memberId())
                .getResultList();
        return rows.stream()
                .map(r -> new CpdEntry(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        r[2] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[2],
                        r[3] instanceof BigDecimal b ? b : new BigDecimal(r[3].toString())))
                .toList();
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        // A cell a spreadsheet would read as a formula is written as text.
        String text = value.matches("^[=+\\-@\\t\\r].*") ? "'" + value : value;
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\""
                : text;
    }
}
