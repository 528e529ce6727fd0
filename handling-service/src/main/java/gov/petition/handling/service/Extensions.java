package gov.petition.handling.service;

import gov.petition.events.EventTypes;
import gov.petition.events.outbox.Outbox;
import gov.petition.events.payload.CaseExtensionDecided;
import gov.petition.events.payload.CaseExtensionRequested;
import gov.petition.handling.domain.DeadlineStep;
import gov.petition.handling.domain.HandlingStatus;
import gov.petition.handling.domain.Oversight;
import gov.petition.handling.repository.CaseStep;
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
import java.util.UUID;

/**
 * Extensions (延期): the unit holding a case asks for a later reply deadline, and a leader or supervisor of a level
 * above it grants or denies it; a grant moves the reply deadline and its timers. Each in one transaction with the
 * case row locked, so a second request or decision racing the first sees it.
 */
@ApplicationScoped
public class Extensions {

    private static final Logger LOG = Logger.getLogger(Extensions.class);

    private final Outbox outbox;
    private final CaseProgress progress;
    private final QueueFeed feed;

    public Extensions(Outbox outbox, CaseProgress progress, QueueFeed feed) {
        this.outbox = outbox;
        this.progress = progress;
        this.feed = feed;
    }

    public Uni<ExtensionRequest> request(String caseId, OfficialScope official, String reason, OffsetDateTime until, String note) {
        requireName(official);
        MDC.put("caseId", caseId);
        OffsetDateTime at = now();
        return Panache.withTransaction(() -> lockedCase(caseId).chain(item -> {
            if (item.unitId == null) {
                return Uni.createFrom().failure(ProblemException.conflict("Case " + caseId + " is with no unit"));
            }
            official.requireCovers(item.unitId);
            HandlingStatus status = HandlingStatus.valueOf(item.status);
            if (status.awaitedStep().filter(s -> s == DeadlineStep.REPLY).isEmpty() || item.replyDue == null) {
                return Uni.createFrom().failure(ProblemException.conflict("The case is " + status + " (" + status.label()
                        + "): an extension is asked for while the reply deadline runs (ACCEPTED, IN_PROGRESS, REOPENED)"));
            }
            if (!until.isAfter(item.replyDue)) {
                return Uni.createFrom().failure(ProblemException.invalid("until",
                        "must be after the current reply deadline " + item.replyDue));
            }
            return ExtensionRequest.count("caseId = ?1 and status = ?2", caseId, ExtensionRequest.REQUESTED).chain(open -> {
                if (open > 0) {
                    return Uni.createFrom().failure(ProblemException.conflict(
                            "Case " + caseId + " already has an extension request awaiting a decision"));
                }
                ExtensionRequest x = new ExtensionRequest();
                x.extensionId = UUID.randomUUID().toString();
                x.caseId = caseId;
                x.unitId = item.unitId;
                x.unitName = item.unitName;
                x.requestedBy = official.officialId();
                x.requestedByName = official.name();
                x.reason = reason;
                x.until = until.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
                x.previousDue = item.replyDue;
                x.note = note;
                x.requestedAt = at;
                x.status = ExtensionRequest.REQUESTED;
                LOG.infof("case %s: extension to %s requested by %s of %s", caseId, x.until, official.officialId(), item.unitId);
                return x.<ExtensionRequest>persist()
                        .chain(() -> outbox.append(EventTypes.CASE_EXTENSION_REQUESTED, caseId, new CaseExtensionRequested(
                                caseId, x.extensionId, x.unitId, x.unitName, x.requestedBy, x.requestedByName, reason,
                                x.until, note, at)))
                        .chain(() -> CaseStep.record(caseId, "EXTENSION_REQUESTED", x.unitId, x.unitName, at))
                        .replaceWith(x);
            });
        }));
    }

    public Uni<ExtensionRequest> decide(String caseId, String extensionId, OfficialScope official, boolean granted, String note) {
        requireName(official);
        MDC.put("caseId", caseId);
        OffsetDateTime at = now();
        QueueChanges.Batch changes = new QueueChanges.Batch();
        return Panache.withTransaction(() -> lockedCase(caseId).chain(item -> ExtensionRequest.<ExtensionRequest>findById(extensionId)
                .chain(x -> {
                    if (x == null || !x.caseId.equals(caseId)) {
                        return Uni.createFrom().failure(ProblemException.notFound("No extension " + extensionId + " of case " + caseId));
                    }
                    if (official.unitId() != null && official.unitId().equals(x.unitId)) {
                        return Uni.createFrom().failure(ProblemException.forbidden("Official " + official.officialId()
                                + " is of " + x.unitId + ", the unit that asked: a level above decides"));
                    }
                    if (!Oversight.overseesFromAbove(official.unitId(), official.roles(), x.unitId)) {
                        return Uni.createFrom().failure(ProblemException.forbidden("Official " + official.officialId() + " of "
                                + official.unitId() + " is no leader or supervisor above " + x.unitId));
                    }
                    if (!ExtensionRequest.REQUESTED.equals(x.status)) {
                        return Uni.createFrom().failure(ProblemException.conflict("Extension " + extensionId
                                + " was already decided: " + x.status));
                    }
                    x.status = granted ? ExtensionRequest.GRANTED : ExtensionRequest.DENIED;
                    x.decidedBy = official.officialId();
                    x.decidedByName = official.name();
                    x.decisionNote = note;
                    x.decidedAt = at;
                    Uni<Void> moved = Uni.createFrom().voidItem();
                    if (granted) {
                        item.replyDue = x.until;
                        item.replyDueFixed = true; // a date a person chose: not counted again with a new calendar
                        item.moveTo(HandlingStatus.valueOf(item.status)); // the running deadline follows the new reply deadline
                        moved = progress.changed(item, "EXTENDED", x.unitId, x.unitName, at, QueueChanges.UPDATED, item.unitId, changes);
                    }
                    LOG.infof("case %s: extension %s %s by %s; reply due %s", caseId, extensionId, x.status,
                            official.officialId(), item.replyDue);
                    return moved
                            .chain(() -> outbox.append(EventTypes.CASE_EXTENSION_DECIDED, caseId, new CaseExtensionDecided(
                                    caseId, extensionId, x.unitId, x.unitName, granted, item.replyDue, official.officialId(),
                                    official.name(), note, at)))
                            .replaceWith(x);
                })))
                .invoke(() -> feed.publish(changes.changes()));
    }

    private static Uni<WorkItem> lockedCase(String caseId) {
        return WorkItem.<WorkItem>findById(caseId, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("No case " + caseId + " in handling"));
    }

    private static void requireName(OfficialScope official) {
        if (official.name() == null || official.name().isBlank()) {
            throw ProblemException.forbidden("The token of " + official.officialId() + " carries no name to sign with");
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
