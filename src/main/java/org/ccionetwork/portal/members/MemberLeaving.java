package org.ccionetwork.portal.members;

/**
 * A member is leaving the network, in the transaction that removes them: each feature observes it
 * and deletes what it holds of them (drafts, watches, read marks, notifications), and removes
 * their posts when they asked for that.
 */
public record MemberLeaving(long memberId, boolean keepPosts) {}
