package gov.petition.events.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the outbox relay runs ({@code petition.outbox.*}). */
@ConfigMapping(prefix = "petition.outbox")
public interface OutboxConfig {

    /** Whether this instance relays at all; several may, only one publishes at a time. */
    @WithDefault("true")
    boolean enabled();

    /** Events published per transaction. */
    @WithDefault("500")
    int batchSize();

    /** Longest wait for a commit notification before looking at the table anyway. */
    @WithDefault("PT1S")
    Duration idlePoll();

    /** Wait after a failure (database or broker down) before trying again. */
    @WithDefault("PT1S")
    Duration retryDelay();
}
