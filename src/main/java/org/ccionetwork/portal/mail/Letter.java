package org.ccionetwork.portal.mail;

/**
 * One message for the outbox: to whom, what it says in plain text and in HTML, where its one-click
 * unsubscribe goes (or null), and what it is about ({@code reference}, e.g. "notification:42"),
 * so that the feature that wrote it can say at sending time whether it is still wanted.
 */
public record Letter(
        Long recipientId,
        String to,
        String toName,
        String subject,
        String text,
        String html,
        String unsubscribeUrl,
        String reference) {}
