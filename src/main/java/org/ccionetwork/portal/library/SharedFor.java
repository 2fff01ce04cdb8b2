package org.ccionetwork.portal.library;

import java.util.Optional;
import org.ccionetwork.portal.security.Viewer;

/**
 * A feature whose things can have library items shared for them (an event's slides): it says
 * whether a viewer may share for a key ("event-123"), and what an item shared for the key links
 * back to. The library keeps only the key, so it never reaches into the feature.
 */
public interface SharedFor {

    /** A link back from an item to what it was shared for. */
    record Backlink(String label, String path) {}

    /** Whether this feature owns the key and the viewer may share items for it. */
    boolean accepts(String key, Viewer viewer);

    /** The link back, when this feature owns the key and the viewer may see what it names. */
    Optional<Backlink> backlink(String key, Viewer viewer);
}
