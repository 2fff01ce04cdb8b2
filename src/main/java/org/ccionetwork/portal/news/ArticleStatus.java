package org.ccionetwork.portal.news;

/** Where an article is in its life: written, waiting for its time, out, or put away. */
public enum ArticleStatus {
    DRAFT,
    SCHEDULED,
    PUBLISHED,
    ARCHIVED
}
