package gov.petition.handling.domain;

import java.time.Duration;
import java.time.Instant;

/** The two alerts of a deadline: a warning some time before it, and the deadline missed. */
public enum TimerKind {
    WARN("临期提醒"),
    MISSED("逾期");

    private final String label;

    TimerKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** When the alert fires for a deadline: {@code lead} before it for a warning, at the deadline itself when missed. */
    public Instant fireAt(Instant due, Duration lead) {
        return this == WARN ? due.minus(lead) : due;
    }
}
