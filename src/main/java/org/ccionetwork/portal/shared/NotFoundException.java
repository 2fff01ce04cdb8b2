package org.ccionetwork.portal.shared;

/**
 * Something does not exist, or the viewer may not know that it does: both answer 404, so that
 * members-only content is not revealed by probing ids.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
