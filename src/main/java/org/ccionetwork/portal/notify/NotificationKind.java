package org.ccionetwork.portal.notify;

/** Why a member is told about a post; when several apply, the first in this order wins. */
public enum NotificationKind {
    MENTION("mentioned you in"),
    QUOTE("replied to your post in"),
    ACCEPTED("accepted your answer in"),
    REPLY("replied in"),
    NEW_TOPIC("started a topic:"),
    LIKE("liked your post in");

    private final String phrase;

    NotificationKind(String phrase) {
        this.phrase = phrase;
    }

    public String phrase() {
        return phrase;
    }
}
