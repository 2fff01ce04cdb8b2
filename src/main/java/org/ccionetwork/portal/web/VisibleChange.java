package org.ccionetwork.portal.web;

import jakarta.enterprise.inject.spi.CDI;

/**
 * Something visitors see on cached pages changed in the current transaction (a member's name, for
 * one): {@link PageCache} observes it and drops the pages with the transaction. Fired where the
 * change itself happens, so no code path that causes it has to remember the cache.
 */
public record VisibleChange(String what) {

    /** Tells the page cache, when there is one (not in the schema tests outside the server). */
    public static void fire(String what) {
        jakarta.enterprise.event.Event<Object> events;
        try {
            events = CDI.current().getBeanManager().getEvent();
        } catch (IllegalStateException noContainer) {
            return;
        }
        events.select(VisibleChange.class).fire(new VisibleChange(what));
    }
}
