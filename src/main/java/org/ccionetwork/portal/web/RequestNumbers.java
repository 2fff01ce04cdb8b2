package org.ccionetwork.portal.web;

/**
 * Whole numbers from a request's parameters, for the hottest pages: what OmniFaces' {@code @Param}
 * gives (null for a missing or malformed value), without its per-request converters and bean
 * validation, which took a twentieth of a signed-in member's topic page.
 */
public final class RequestNumbers {

    private RequestNumbers() {}

    /** The value as a long: null when missing, malformed or out of range. */
    public static Long longOf(String value) {
        if (value == null || value.isEmpty() || value.length() > 19) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The value as an int: null when missing, malformed or out of range. */
    public static Integer intOf(String value) {
        Long number = longOf(value);
        return number == null || number > Integer.MAX_VALUE || number < Integer.MIN_VALUE ? null : number.intValue();
    }
}
