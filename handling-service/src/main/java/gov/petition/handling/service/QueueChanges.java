package gov.petition.handling.service;

import gov.petition.events.EventTypes;
import gov.petition.events.Topics;
import gov.petition.events.outbox.Outbox;
import gov.petition.events.payload.WorkItemChanged;
import gov.petition.handling.repository.WorkItem;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Announces each change of a unit's queue on the work-queue topic, keyed by the unit, in the transaction of the
 * change; the same changes go to the live feed once the transaction has committed ({@link Batch}).
 */
@ApplicationScoped
public class QueueChanges {

    public static final String ADDED = "ADDED";
    public static final String UPDATED = "UPDATED";
    public static final String REMOVED = "REMOVED";

    /** The queue changes of one transaction, handed to the live feed after it commits. */
    public static final class Batch {
        private final List<WorkItemChanged> changes = new ArrayList<>();

        /** Forgets what a failed attempt collected, before the transaction is tried again. */
        public void clear() {
            changes.clear();
        }

        public List<WorkItemChanged> changes() {
            return List.copyOf(changes);
        }
    }

    private final Outbox outbox;

    public QueueChanges(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The case changed in (or left, for {@link #REMOVED}) the queue of {@code unitId}. */
    public Uni<Void> announce(WorkItem item, String change, String unitId, Batch batch) {
        if (unitId == null) {
            return Uni.createFrom().voidItem(); // not in any unit's queue yet
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        WorkItemChanged changed = new WorkItemChanged(item.caseId, unitId, change, item.status, item.title, item.category,
                REMOVED.equals(change) ? null : item.nextDue,
                !REMOVED.equals(change) && item.nextDue != null && item.nextDue.isBefore(now), now);
        return outbox.appendTo(Topics.WORK_QUEUE, unitId, EventTypes.WORK_ITEM_CHANGED, item.caseId, changed)
                .invoke(() -> batch.changes.add(changed))
                .replaceWithVoid();
    }
}
