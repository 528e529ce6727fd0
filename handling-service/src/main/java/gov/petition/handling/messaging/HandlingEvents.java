package gov.petition.handling.messaging;

import gov.petition.events.EventTypes;
import gov.petition.events.payload.CaseAccepted;
import gov.petition.events.payload.CaseCompleted;
import gov.petition.events.payload.CaseContacted;
import gov.petition.events.payload.CaseHandled;
import gov.petition.events.payload.CaseRejected;
import gov.petition.events.payload.CaseReplied;
import gov.petition.events.payload.CaseReturned;
import gov.petition.events.payload.CaseSigned;
import gov.petition.handling.domain.HandlingCommand;
import gov.petition.handling.repository.WorkItem;

import java.time.OffsetDateTime;

/** Maps a handling step to the event that announces it on {@code petition.handling.v1}. */
public final class HandlingEvents {

    /** An event to append to the outbox: its type and payload. */
    public record Outgoing(String type, Record payload) {
    }

    private HandlingEvents() {
    }

    /**
     * The event of a step taken on {@code item} (as it was before the step, so a return still names the unit
     * that gave the case back) by the named official.
     */
    public static Outgoing of(HandlingCommand command, WorkItem item, String responderId, String responderName,
                              OffsetDateTime at) {
        String caseId = item.caseId;
        String unitId = item.unitId;
        String unitName = item.unitName;
        if (command instanceof HandlingCommand.Sign c) {
            return new Outgoing(EventTypes.CASE_SIGNED,
                    new CaseSigned(caseId, unitId, unitName, responderId, responderName, c.note(), item.acceptDue, at));
        }
        if (command instanceof HandlingCommand.Accept c) {
            return new Outgoing(EventTypes.CASE_ACCEPTED,
                    new CaseAccepted(caseId, unitId, unitName, responderId, responderName, c.note(), item.replyDue, at));
        }
        if (command instanceof HandlingCommand.Reject c) {
            return new Outgoing(EventTypes.CASE_REJECTED,
                    new CaseRejected(caseId, unitId, unitName, responderId, responderName, c.reason(), c.rule(), c.note(), at));
        }
        if (command instanceof HandlingCommand.Return c) {
            return new Outgoing(EventTypes.CASE_RETURNED,
                    new CaseReturned(caseId, unitId, unitName, responderId, responderName, c.reason(), c.note(), at));
        }
        if (command instanceof HandlingCommand.Contact c) {
            return new Outgoing(EventTypes.CASE_CONTACTED, new CaseContacted(caseId, unitId, unitName, responderId,
                    responderName, c.method().name(), c.summary(), c.note(), at));
        }
        if (command instanceof HandlingCommand.Reply c) {
            return new Outgoing(EventTypes.CASE_REPLIED,
                    new CaseReplied(caseId, unitId, unitName, responderId, responderName, c.reply(), c.note(), at));
        }
        if (command instanceof HandlingCommand.Complete c) {
            return new Outgoing(EventTypes.CASE_COMPLETED,
                    new CaseCompleted(caseId, unitId, unitName, responderId, responderName, c.note(), at));
        }
        if (command instanceof HandlingCommand.Handle c) {
            Boolean onTime = item.handleDue == null ? null : !at.isAfter(item.handleDue);
            return new Outgoing(EventTypes.CASE_HANDLED, new CaseHandled(caseId, unitId, unitName, responderId,
                    responderName, c.measures(), c.note(), item.handleDue, onTime, at));
        }
        throw new IllegalArgumentException("no event for " + command); // unreachable: the interface is sealed
    }
}
