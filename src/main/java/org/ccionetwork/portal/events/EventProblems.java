package org.ccionetwork.portal.events;

import java.util.Map;

/** Details that do not hold together: each field with the message to show beside it. */
public class EventProblems extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> byField;

    EventProblems(Map<String, String> byField) {
        super(String.join(" ", byField.values()));
        this.byField = Map.copyOf(byField);
    }

    public Map<String, String> byField() {
        return byField;
    }
}
