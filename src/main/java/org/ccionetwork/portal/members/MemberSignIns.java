package org.ccionetwork.portal.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ccionetwork.portal.security.SignInClaims;
import org.ccionetwork.portal.security.SignIns;

/** Sign-ins recorded as members: a first sign-in makes the member, later ones bring them up to date. */
@ApplicationScoped
public class MemberSignIns implements SignIns {

    @Inject
    private MemberService members;

    @Override
    public long record(SignInClaims claims) {
        return members.recordSignIn(claims).getId();
    }

    @Override
    public Optional<Long> memberIdOf(String subject) {
        return members.findBySubject(subject).map(Member::getId);
    }
}
