package org.ccionetwork.portal.web;

import jakarta.enterprise.inject.spi.CDI;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Something visitors see on cached pages changed in the current transaction: {@link PageCache}
 * observes it and drops, with the transaction, the pages that show it. Fired where the change
 * itself happens, so no code path that causes it has to remember the cache. A change names what
 * it touches: a topic ({@link #topic}), a category ({@link #category}), or {@link #EVERYTHING}
 * (a member's name, shown on any page); pages that list across the forum (its index, search) go
 * with any change.
 *
 * @param what for the reader of a log or a debugger
 * @param scopes what the change touches
 */
public record VisibleChange(String what, Set<String> scopes) {

    /** The scope of a change that any page may show. */
    public static final String EVERYTHING = "*";

    /** A topic's pages. */
    public static String topic(Long id) {
        return id == null ? null : "topic:" + id;
    }

    /** A category's pages. */
    public static String category(Long id) {
        return id == null ? null : "category:" + id;
    }

    /** A change any page may show. */
    public static void fire(String what) {
        fire(what, EVERYTHING);
    }

    /** A change to the given scopes (nulls, for things not yet saved, are left out). */
    public static void fire(String what, String... scopes) {
        jakarta.enterprise.event.Event<Object> events;
        try {
            events = CDI.current().getBeanManager().getEvent();
        } catch (IllegalStateException noContainer) {
            return;
        }
        events.select(VisibleChange.class)
                .fire(new VisibleChange(
                        what, Arrays.stream(scopes).filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet())));
    }
}
