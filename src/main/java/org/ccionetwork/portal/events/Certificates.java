package org.ccionetwork.portal.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.persistence.Times;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotFoundException;

/**
 * Certificates of attendance: one per CPD entry, with a code that anyone (an appraiser, a
 * revalidation panel) can check on the public verification page without signing in. The code is
 * 128 random bits, given when the member first asks for the certificate, so it cannot be guessed
 * from the member or the event.
 */
@ApplicationScoped
@Transactional
public class Certificates {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CODE = "[0-9a-f]{32}";

    @Inject
    @PortalData
    private EntityManager em;

    /** What a certificate states. */
    public record Certificate(
            String code,
            String memberName,
            String organisation,
            String event,
            LocalDate heldOn,
            BigDecimal hours,
            Instant recorded) {}

    /** The member's own certificate for an event they were checked in at; 404 for any other. */
    public Certificate mine(Viewer viewer, long eventId) {
        viewer.requireMember();
        String code = HexFormat.of().formatHex(randomBytes());
        // The code is given once: a second request (or two at once) keeps the first.
        em.createNativeQuery("update cpd_entries set certificate_code = ? where member_id = ? and event_id = ?"
                        + " and certificate_code is null")
                .setParameter(1, code)
                .setParameter(2, viewer.memberId())
                .setParameter(3, eventId)
                .executeUpdate();
        return find("e.member_id = ? and e.event_id = ?", viewer.memberId(), eventId)
                .orElseThrow(() -> new NotFoundException("certificate"));
    }

    /** The certificate a code names, for the public verification page; empty for any other text. */
    public Optional<Certificate> verify(String code) {
        if (code == null || !code.strip().toLowerCase(java.util.Locale.ROOT).matches(CODE)) {
            return Optional.empty();
        }
        return find("e.certificate_code = ?", code.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private Optional<Certificate> find(String condition, Object... parameters) {
        var query = em.createNativeQuery("select e.certificate_code, m.display_name, m.organisation_name, e.title,"
                + " e.held_on, e.hours, e.recorded from cpd_entries e, members m where m.id = e.member_id and "
                + condition);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new Certificate(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        r[4] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[4],
                        r[5] instanceof BigDecimal b ? b : new BigDecimal(r[5].toString()),
                        Times.read(r[6])));
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** The verification page's address for a code. */
    public static String verificationPath(String code) {
        return "/cpd/verify.xhtml?c=" + code;
    }
}
