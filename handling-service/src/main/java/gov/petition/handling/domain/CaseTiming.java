package gov.petition.handling.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What decides a case's deadlines: which rule applies, and when its clocks started.
 *
 * @param receivedAt null until intake's event has arrived
 * @param routedAt   null until routing's event has arrived; the latest routing when the case was routed again
 */
public record CaseTiming(String category, String channel, Urgency urgency, Instant receivedAt, Instant routedAt) {

    public CaseTiming {
        Objects.requireNonNull(urgency, "urgency");
    }
}
