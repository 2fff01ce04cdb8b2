package org.ccionetwork.portal.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.ccionetwork.portal.shared.PortalData;

/** Keeps the portal's record of members in step with what their sign-ins tell it. */
@ApplicationScoped
@Transactional
public class MemberService {

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Creates the member at their first sign-in; updates name, organisation, roles and last seen later. */
    public Member recordSignIn(SignInClaims claims) {
        var now = clock.instant();
        var existing = findBySubject(claims.subject());
        if (existing.isPresent()) {
            existing.get().signedInAgain(claims, now);
            return existing.get();
        }
        var member = Member.firstSignIn(claims, now);
        em.persist(member);
        return member;
    }

    public Optional<Member> findBySubject(String subject) {
        return em.createQuery("select m from Member m where m.subject = :subject", Member.class)
                .setParameter("subject", subject)
                .getResultStream()
                .findFirst();
    }

    public long count() {
        return em.createQuery("select count(m) from Member m", Long.class).getSingleResult();
    }
}
