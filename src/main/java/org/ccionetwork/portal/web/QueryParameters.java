package org.ccionetwork.portal.web;

import org.omnifaces.util.Faces;

/**
 * Values from the query string of the current Faces request, read where they are needed. A
 * missing or malformed value is null, which pages treat as "not found". Cheaper than a converted,
 * validated injection point on pages rendered for every reader (the forum's topic page).
 */
public final class QueryParameters {

    private QueryParameters() {}

    /** The value as given, or null. */
    public static String text(String name) {
        return raw(name);
    }

    public static Long longValue(String name) {
        String value = raw(name);
        if (value == null
                || value.isEmpty()
                || value.length() > 18
                || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.valueOf(value);
    }

    public static Integer intValue(String name) {
        Long value = longValue(name);
        return value == null || value > Integer.MAX_VALUE ? null : value.intValue();
    }

    private static String raw(String name) {
        return Faces.getRequestParameter(name);
    }
}
