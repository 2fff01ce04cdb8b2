package org.ccionetwork.portal.library;

/** A shared file (with versions) or a link to something elsewhere. */
public enum ItemKind {
    FILE,
    LINK
}
