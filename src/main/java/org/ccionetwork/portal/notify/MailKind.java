package org.ccionetwork.portal.notify;

/** What a member may hear of by mail, each with its default: replies and mentions at once, the rest in the digest. */
public enum MailKind {
    REPLY("Replies in topics you watch", Delivery.IMMEDIATELY),
    MENTION("Mentions of you", Delivery.IMMEDIATELY),
    QUOTE("Replies to your posts", Delivery.IMMEDIATELY),
    LIKE("Likes of your posts", Delivery.DIGEST),
    ACCEPTED("Your answers accepted", Delivery.DIGEST),
    NEW_TOPIC("New topics in categories you watch", Delivery.DIGEST),
    NEWS("News", Delivery.DIGEST);

    /** How a member hears of something of a kind. */
    public enum Delivery {
        IMMEDIATELY("Immediately"),
        DIGEST("In the digest"),
        NEVER("Never");

        private final String label;

        Delivery(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How often the digest comes. */
    public enum Frequency {
        DAILY("Daily", 1),
        WEEKLY("Weekly", 7),
        OFF("Never", 0);

        private final String label;
        private final int days;

        Frequency(String label, int days) {
            this.label = label;
            this.days = days;
        }

        public String label() {
            return label;
        }

        public int days() {
            return days;
        }
    }

    private final String label;
    private final Delivery byDefault;

    MailKind(String label, Delivery byDefault) {
        this.label = label;
        this.byDefault = byDefault;
    }

    public String label() {
        return label;
    }

    public Delivery byDefault() {
        return byDefault;
    }

    /** The mail kind of an in-app notification. */
    static MailKind of(NotificationKind kind) {
        return valueOf(kind.name());
    }
}
