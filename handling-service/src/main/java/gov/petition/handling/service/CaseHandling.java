package gov.petition.handling.service;

import gov.petition.events.outbox.Outbox;
import gov.petition.handling.api.ActionAnswer;
import gov.petition.handling.domain.ActionNotAllowedException;
import gov.petition.handling.domain.HandlingCommand;
import gov.petition.handling.domain.HandlingStatus;
import gov.petition.handling.messaging.HandlingEvents;
import gov.petition.handling.repository.ExtensionRequest;
import gov.petition.handling.repository.WorkItem;
import gov.petition.http.OfficialScope;
import gov.petition.http.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Takes a unit's handling steps: one transaction locks the case row, checks the official and the state machine,
 * changes the status and appends the step's event to the outbox.
 */
@ApplicationScoped
public class CaseHandling {

    private static final Logger LOG = Logger.getLogger(CaseHandling.class);
    /** Statuses in which the reply deadline stops running, so an undecided request for more time is withdrawn. */
    private static final java.util.Set<HandlingStatus> WITHDRAWS_EXTENSION = java.util.EnumSet.of(
            HandlingStatus.REPLIED, HandlingStatus.REJECTED, HandlingStatus.RETURNED, HandlingStatus.COMPLETED);

    private final Outbox outbox;
    private final CaseProgress progress;
    private final QueueFeed feed;

    public CaseHandling(Outbox outbox, CaseProgress progress, QueueFeed feed) {
        this.outbox = outbox;
        this.progress = progress;
        this.feed = feed;
    }

    public Uni<ActionAnswer> act(String caseId, OfficialScope official, HandlingCommand command) {
        if (official.name() == null || official.name().isBlank()) {
            // every step is signed with the responder's real name (实名回应); a token without one cannot act
            throw ProblemException.forbidden("The token of " + official.officialId() + " carries no name to sign the step with");
        }
        MDC.put("caseId", caseId);
        QueueChanges.Batch changes = new QueueChanges.Batch();
        // select ... for update: two officials clicking at once are serialised, and the second sees the first's result
        return Panache.withTransaction(() -> WorkItem.<WorkItem>findById(caseId, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("No case " + caseId + " in handling"))
                .chain(item -> {
                    if (item.unitId != null) {
                        official.requireCovers(item.unitId);
                    }
                    HandlingStatus from = HandlingStatus.valueOf(item.status);
                    HandlingStatus to;
                    try {
                        to = command.action().applyTo(from);
                    } catch (ActionNotAllowedException e) {
                        return Uni.createFrom().failure(ProblemException.conflict(e.getMessage()));
                    }
                    OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
                    if (command instanceof HandlingCommand.Handle) {
                        ProblemException refused = refusedHandling(item);
                        if (refused != null) {
                            return Uni.createFrom().failure(refused);
                        }
                    }
                    HandlingEvents.Outgoing event = HandlingEvents.of(command, item, official.officialId(), official.name(), at);
                    String unitId = item.unitId;
                    String unitName = item.unitName;
                    if (command instanceof HandlingCommand.Handle) {
                        item.handledAt = at;
                        item.handledBy = official.officialId();
                        item.handledByName = official.name();
                    }
                    item.moveTo(to);
                    // a returned case leaves the unit's queue; every other step changes it in place
                    String change = to == HandlingStatus.RETURNED ? QueueChanges.REMOVED : QueueChanges.UPDATED;
                    boolean replyStopped = WITHDRAWS_EXTENSION.contains(to) && from != to;
                    return outbox.append(event.type(), caseId, event.payload())
                            .chain(() -> replyStopped ? ExtensionRequest.withdrawOpen(caseId, at,
                                    "案件已" + to.label() + "，延期申请撤回").replaceWithVoid() : Uni.createFrom().voidItem())
                            .chain(() -> progress.changed(item, stepName(command, to), unitId, unitName, at, change,
                                    unitId, changes))
                            .invoke(() -> LOG.infof("case %s: %s by %s of %s, now %s", caseId, command.action().path(),
                                    official.officialId(), unitId, to))
                            .replaceWith(() -> new ActionAnswer(caseId, command.action().path(), to.name(), to.label(),
                                    item.allowedActions().stream().map(a -> a.path()).toList(), unitId,
                                    official.name(), at, item.nextDue));
                }))
                .invoke(() -> feed.publish(changes.changes()));
    }

    /** The step recorded for time accounting. */
    private static String stepName(HandlingCommand command, HandlingStatus to) {
        if (command instanceof HandlingCommand.Handle) {
            return "HANDLED";
        }
        return to == HandlingStatus.IN_PROGRESS ? "CONTACTED" : to.name();
    }

    /** Why an urgent case cannot be made safe now, or null: it is not urgent, or it was made safe already. */
    private static ProblemException refusedHandling(WorkItem item) {
        if (item.handledAt != null) {
            return ProblemException.conflict("Case " + item.caseId + " was already made safe (处置) at " + item.handledAt
                    + " by " + item.handledByName);
        }
        if (item.handleDue == null) {
            return ProblemException.conflict("Case " + item.caseId + " is not urgent: it has no HANDLE (处置) time limit;"
                    + " record what was done with contact instead");
        }
        return null;
    }
}
