package org.ccionetwork.portal.notify;

/** A notification as the bell shows it: with its subject's title and link. */
public record Notice(Notification notification, String title, String link) {}
