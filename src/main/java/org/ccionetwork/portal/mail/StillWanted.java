package org.ccionetwork.portal.mail;

/**
 * Asked just before a message with a reference is sent: a feature that wrote it may say it is no
 * longer wanted (the member has read in the portal what it tells them). Features implement this;
 * the sender asks them all.
 */
public interface StillWanted {

    /** False when the message about this reference should not be sent; true when this feature does not know it. */
    boolean stillWanted(String reference);
}
