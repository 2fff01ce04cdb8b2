package org.ccionetwork.portal.forum;

/**
 * A post was written or changed (a CDI event, observed in the same transaction): other features
 * follow what posts link to, e.g. the library lists the topics that mention an item.
 */
public record PostWritten(long topicId, long postId, String source) {}
