package org.ccionetwork.portal.notify;

import java.util.Collection;
import java.util.Map;

/**
 * What notifications are about, described by the feature that owns it (the forum, for its topics),
 * so that notifications need not know that feature: it implements this, notify only asks.
 */
public interface Subjects {

    /** The titles of these topics, by id; a topic that no longer exists is left out. */
    Map<Long, String> titles(Collection<Long> topicIds);

    /** The address of a post in a topic. */
    String link(long topicId, int postNumber);
}
