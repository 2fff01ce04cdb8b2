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

    /** What a post says, for mail: its topic's title, whether only members may read it, and its opening words as plain text. */
    record About(String title, boolean membersOnly, String words) {}

    /** The post, if it is still there to be read (not deleted or hidden). */
    java.util.Optional<About> about(long topicId, int postNumber);

    /** Whether the member has read the topic up to this post in the portal. */
    boolean seen(long memberId, long topicId, int postNumber);
}
