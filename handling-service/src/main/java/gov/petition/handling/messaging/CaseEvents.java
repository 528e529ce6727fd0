package gov.petition.handling.messaging;

import gov.petition.events.CloudEventCodec;
import gov.petition.events.EventTypes;
import gov.petition.events.inbox.IdempotentConsumer;
import gov.petition.events.payload.CaseFollowedUp;
import gov.petition.events.payload.CaseReceived;
import gov.petition.events.payload.CaseRouted;
import gov.petition.handling.domain.CaseDeadlines;
import gov.petition.handling.domain.CaseTiming;
import gov.petition.handling.domain.TimeLimitPolicy;
import gov.petition.handling.domain.Urgency;
import gov.petition.handling.domain.WorkingCalendar;
import gov.petition.handling.repository.WorkItem;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** Fills units' work queues from received and routed cases. */
@ApplicationScoped
public class CaseEvents {

    private static final Logger LOG = Logger.getLogger(CaseEvents.class);

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final TimeLimitPolicy policy;
    private final WorkingCalendar calendar;

    public CaseEvents(IdempotentConsumer consumer, CloudEventCodec codec, TimeLimitPolicy policy, WorkingCalendar calendar) {
        this.consumer = consumer;
        this.codec = codec;
        this.policy = policy;
        this.calendar = calendar;
    }

    @Incoming("cases")
    public Uni<Void> onCaseEvent(ConsumerRecord<String, byte[]> record) {
        return consumer.consume("handling-queue", record, event -> switch (event.type()) {
            case EventTypes.CASE_RECEIVED -> {
                CaseReceived r = codec.payload(event, CaseReceived.class);
                yield WorkItem.received(r.caseId(), r.title(), r.category(), r.channel(), r.receivedAt());
            }
            case EventTypes.CASE_ROUTED -> {
                CaseRouted r = codec.payload(event, CaseRouted.class);
                // the unit's clock starts at routing; channel and urgency are not known here yet, so the routine
                // rule applies (rules keyed on them need the received event and come with policies as data)
                CaseDeadlines deadlines = policy.deadlinesFor(
                        new CaseTiming(r.category(), null, Urgency.NORMAL, null, r.routedAt().toInstant()), calendar);
                yield WorkItem.routed(r.caseId(), r.unitId(), r.unitName(), r.category(), r.routedAt(), deadlines)
                        .invoke(() -> LOG.infof("case %s: queued for %s", r.caseId(), r.unitId()));
            }
            case EventTypes.CASE_FOLLOWED_UP -> {
                CaseFollowedUp f = codec.payload(event, CaseFollowedUp.class);
                yield WorkItem.followedUp(f.caseId(), f.at())
                        .invoke(() -> LOG.infof("case %s: the citizen followed up", f.caseId()));
            }
            default -> Uni.createFrom().voidItem();
        });
    }
}
