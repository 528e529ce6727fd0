package gov.petition.handling.service;

import gov.petition.handling.config.HandlingConfig;
import gov.petition.handling.domain.DeadlineStep;
import gov.petition.handling.repository.CaseStep;
import gov.petition.handling.repository.DeadlineTimer;
import gov.petition.handling.repository.WorkItem;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.Map;

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

    /**
     * Replaces the case's pending step timers with those of every deadline running against its unit now (the one its
     * status waits on, and an urgent case's HANDLE and FIX), and makes the earliest of them its {@code nextDue}.
     */
    public Uni<Void> rescheduleTimers(WorkItem item) {
        Map<DeadlineStep, OffsetDateTime> running = item.runningDeadlines();
        item.nextDue = running.values().stream().min(OffsetDateTime::compareTo).orElse(null);
        // no unit holds it yet (or any more): an urgent case's deadlines run against the dispatch desk meanwhile
        String unitId = item.unitId != null ? item.unitId : config.urgency().dispatchUnitId();
        String unitName = item.unitId != null ? item.unitName : config.urgency().dispatchUnitName();
        return DeadlineTimer.cancelCaseSteps(item.caseId).chain(() -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Map.Entry<DeadlineStep, OffsetDateTime> deadline : running.entrySet()) {
                String step = deadline.getKey().name();
                if (item.unitId == null && deadline.getKey() != DeadlineStep.HANDLE && deadline.getKey() != DeadlineStep.FIX) {
                    continue;
                }
                chain = chain.chain(() -> DeadlineTimer.schedule(item.caseId, step, deadline.getValue(),
                        config.timers().warnLeadOf(step), unitId, unitName, null));
            }
            return chain;
        });
    }
}
