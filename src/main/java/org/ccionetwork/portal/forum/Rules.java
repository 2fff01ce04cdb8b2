package org.ccionetwork.portal.forum;

import org.ccionetwork.portal.shared.NotAllowedException;

/** The forum's rules answer why something is refused; the services refuse with that reason. */
final class Rules {

    private Rules() {}

    static void refuse(String reason) {
        throw new NotAllowedException(reason);
    }
}
