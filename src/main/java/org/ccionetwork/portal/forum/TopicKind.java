package org.ccionetwork.portal.forum;

/** A discussion, or a question whose author can accept an answer. */
public enum TopicKind {
    DISCUSSION,
    QUESTION
}
