package gov.petition.handling.service;

import gov.petition.handling.config.HandlingConfig;
import gov.petition.handling.domain.DeadlineStep;
import gov.petition.handling.domain.HandlingStatus;
import gov.petition.handling.repository.CaseStep;
import gov.petition.handling.repository.DeadlineTimer;
import gov.petition.handling.repository.WorkItem;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * What follows every change of a case, in the change's transaction: the step is recorded for time accounting, the
 * durable timers follow the deadline the case now waits on, and the unit's queue hears of it.
 */
@ApplicationScoped
public class CaseProgress {

    private final HandlingConfig config;
    private final QueueChanges queueChanges;

    public CaseProgress(HandlingConfig config, QueueChanges queueChanges) {
        this.config = config;
        this.queueChanges = queueChanges;
    }

    /**
     * @param step         the step to record (ROUTED, SIGNED, ...), or null to record none
     * @param stepUnitId   the unit the step was taken at
     * @param change       the queue change (ADDED, UPDATED, REMOVED), announced to {@code changeUnitId}
     */
    public Uni<Void> changed(WorkItem item, String step, String stepUnitId, String stepUnitName, OffsetDateTime at,
                             String change, String changeUnitId, QueueChanges.Batch batch) {
        Uni<Void> recorded = step == null ? Uni.createFrom().voidItem()
                : CaseStep.record(item.caseId, step, stepUnitId, stepUnitName, at);
        return recorded.chain(() -> rescheduleTimers(item))
                .chain(() -> queueChanges.announce(item, change, changeUnitId, batch));
    }

    /** Replaces the case's pending step timers with those of the deadline its status now waits on, if any. */
    public Uni<Void> rescheduleTimers(WorkItem item) {
        Optional<DeadlineStep> awaited = HandlingStatus.valueOf(item.status).awaitedStep();
        return DeadlineTimer.cancelCaseSteps(item.caseId).chain(() -> {
            if (awaited.isEmpty() || item.unitId == null || item.dueOf(awaited.get()) == null) {
                return Uni.createFrom().voidItem();
            }
            String step = awaited.get().name();
            return DeadlineTimer.schedule(item.caseId, step, item.dueOf(awaited.get()), config.timers().warnLeadOf(step),
                    item.unitId, item.unitName, null);
        });
    }
}
