package org.ccionetwork.portal.library;

/** An upload the portal will not keep, with the message for the member and the HTTP status to answer. */
public class UploadRefusedException extends Exception {

    private final int status;

    public UploadRefusedException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
