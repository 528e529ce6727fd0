package gov.petition.handling.service;

import gov.petition.events.payload.WorkItemChanged;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.operators.multi.processors.SerializedProcessor;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.function.Predicate;

/**
 * The live feed of queue changes behind {@code /queue/stream}: fed with each change after its transaction committed,
 * so a console never sees a change that was rolled back. Changes made on another instance reach consoles connected
 * to that instance; the work-queue topic carries all of them.
 */
@ApplicationScoped
public class QueueFeed {

    private static final int BUFFER_PER_SUBSCRIBER = 1024;

    private final BroadcastProcessor<WorkItemChanged> processor = BroadcastProcessor.create();
    // commits finish on many threads at once; a processor takes one signal at a time
    private final SerializedProcessor<WorkItemChanged, WorkItemChanged> input = processor.serialized();

    public void publish(List<WorkItemChanged> changes) {
        changes.forEach(input::onNext);
    }

    /** Changes of the units the filter accepts, from now on; a slow client gets a buffer rather than an error. */
    public Multi<WorkItemChanged> changes(Predicate<String> unitFilter) {
        return processor.filter(change -> unitFilter.test(change.unitId()))
                .onOverflow().buffer(BUFFER_PER_SUBSCRIBER);
    }
}
