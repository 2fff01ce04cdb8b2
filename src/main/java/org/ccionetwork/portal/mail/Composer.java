package org.ccionetwork.portal.mail;

import java.util.Optional;

/**
 * Writes, at sending time, a message the outbox holds only as a reference (e.g. "notification:42"):
 * the transaction that caused it stays short, and the message says what is true when it goes. A
 * feature answers for the references it made ({@link #handles}); an empty answer means the message
 * is no longer wanted (the member has read it in the portal, or the post has gone).
 */
public interface Composer {

    boolean handles(String reference);

    Optional<Letter> compose(String reference);
}
