package org.ccionetwork.portal.shared;

/** Who may read something: anyone, or signed-in members only (the default for forums). */
public enum Visibility {
    PUBLIC,
    MEMBERS
}
