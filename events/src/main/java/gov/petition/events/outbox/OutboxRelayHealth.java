package gov.petition.events.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness of the outbox relay: it reached the database and Kafka within the last few polls. */
@Readiness
@ApplicationScoped
public class OutboxRelayHealth implements HealthCheck {

    private final OutboxRelay relay;

    public OutboxRelayHealth(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("outbox-relay").status(relay.healthy());
        relay.lastError().ifPresent(error -> builder.withData("lastError", error));
        return builder.build();
    }
}
