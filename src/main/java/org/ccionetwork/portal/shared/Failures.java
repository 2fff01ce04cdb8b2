package org.ccionetwork.portal.shared;

/** Turning failures into one line an operator can act on. */
public final class Failures {

    private Failures() {}

    /** The innermost cause, as "Type: message": usually the line that says what is really wrong. */
    public static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
