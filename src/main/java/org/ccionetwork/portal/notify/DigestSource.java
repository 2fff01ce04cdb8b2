package org.ccionetwork.portal.notify;

import java.time.Instant;
import java.util.List;
import org.ccionetwork.portal.security.Viewer;

/**
 * A part of the digest, given by the feature that owns it (the forum, news, the library), so that
 * the digest needs no knowledge of them: what is new since a time, as the member may read it.
 * Under the Chatham House rule no item names who wrote it.
 */
public interface DigestSource {

    /** One line of the digest: a title, its address in the portal, and a few words about it. */
    record Item(String title, String link, String line) {}

    /** A part of the digest: its heading and items (an empty part is left out). */
    record Section(int order, String heading, List<Item> items) {}

    /** The sections this feature adds, with what is new since then that the viewer may read. */
    List<Section> since(Viewer viewer, Instant since, boolean withNews);
}
