package org.ccionetwork.portal.search;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of things found, in the order the results page shows them. */
public enum SearchKind {
    DISCUSSIONS("discussions", "Discussions"),
    NEWS("news", "News"),
    LIBRARY("library", "Library"),
    EVENTS("events", "Events"),
    PEOPLE("people", "People");

    private final String key;
    private final String label;

    SearchKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** How the kind is written in addresses and in the index. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<SearchKind> of(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
