package org.ccionetwork.portal.forum;

import java.util.List;

/** One page of a category: its pinned topics (on the first page only), then topics by last activity. */
public record TopicList(List<Topic> pinned, List<Topic> topics, String olderCursor, String newerCursor) {}
