package org.ccionetwork.portal.search;

import jakarta.enterprise.inject.spi.CDI;

/**
 * A thing's document may no longer be what the search holds (a CDI event, fired where the change
 * happens, like {@code VisibleChange}): the search notes it in the same transaction and writes the
 * document again once the change is committed, from the thing's {@link SearchSource}.
 *
 * @param kind the thing's kind
 * @param ref the thing, or null for all the things of the group
 * @param group the group (a post's topic) when {@code ref} is null
 */
public record SearchStale(SearchKind kind, Long ref, Long group) {

    /** One thing changed. */
    public static void fire(SearchKind kind, Long ref) {
        if (ref != null) {
            send(new SearchStale(kind, ref, null));
        }
    }

    /** Every thing of a group changed (a topic moved, renamed or deleted). */
    public static void fireGroup(SearchKind kind, Long group) {
        if (group != null) {
            send(new SearchStale(kind, null, group));
        }
    }

    private static void send(SearchStale stale) {
        jakarta.enterprise.event.Event<Object> events;
        try {
            events = CDI.current().getBeanManager().getEvent();
        } catch (IllegalStateException noContainer) {
            return;
        }
        events.select(SearchStale.class).fire(stale);
    }
}
