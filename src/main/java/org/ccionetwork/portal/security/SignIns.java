package org.ccionetwork.portal.security;

import java.util.Optional;

/**
 * Where a sign-in is recorded: the members feature implements this, so that signing in (here)
 * needs no knowledge of members, and members build on security, not the other way round.
 */
public interface SignIns {

    /** Records a sign-in (a first one makes the member) and answers the member's id. */
    long record(SignInClaims claims);

    /** The member id of a person known by their identity provider's subject, if they have signed in. */
    Optional<Long> memberIdOf(String subject);
}
