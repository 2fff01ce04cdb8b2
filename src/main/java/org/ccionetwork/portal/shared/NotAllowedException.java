package org.ccionetwork.portal.shared;

/**
 * The viewer may see the thing but not do this to it (reply to a locked topic, edit someone
 * else's post, like twice). The message is for the person and is shown beside the form.
 */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String message) {
        super(message);
    }
}
