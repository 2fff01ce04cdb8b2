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

    /** Members by user name, for @mentions: only those who exist. */
    public java.util.List<Member> byUsernames(java.util.Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return java.util.List.of();
        }
        return em.createQuery("select m from Member m where m.username in :names", Member.class)
                .setParameter("names", usernames).getResultList();
    }

    public java.util.List<Member> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.List.of();
        }
        return em.createQuery("select m from Member m where m.id in :ids", Member.class).setParameter("ids", ids).getResultList();
    }

    public Optional<Member> findByUsername(String username) {
        return em.createQuery("select m from Member m where m.username = :name", Member.class)
                .setParameter("name", username).getResultStream().findFirst();
    }

    /** Up to ten members whose user name or display name starts with the text, for mention suggestions. */
    public java.util.List<Member> suggest(String prefix) {
        String like = prefix.toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
        return em.createQuery("select m from Member m where m.username is not null and (lower(m.username) like :p"
                        + " or lower(m.displayName) like :p) order by m.username", Member.class)
                .setParameter("p", like).setMaxResults(10).getResultList();
    }

    public long count() {
        return em.createQuery("select count(m) from Member m", Long.class).getSingleResult();
    }
}
