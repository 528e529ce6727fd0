package gov.petition.handling.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static gov.petition.handling.domain.HandlingAction.ACCEPT;
import static gov.petition.handling.domain.HandlingAction.COMPLETE;
import static gov.petition.handling.domain.HandlingAction.CONTACT;
import static gov.petition.handling.domain.HandlingAction.REJECT;
import static gov.petition.handling.domain.HandlingAction.REPLY;
import static gov.petition.handling.domain.HandlingAction.RETURN;
import static gov.petition.handling.domain.HandlingAction.SIGN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HandlingStateMachineTest {

    @Test
    void aCaseIsSignedAcceptedContactedRepliedAndCompletedInThatOrder() {
        HandlingStatus status = HandlingStatus.ROUTED;
        status = SIGN.applyTo(status);
        assertEquals(HandlingStatus.SIGNED, status);
        status = ACCEPT.applyTo(status);
        assertEquals(HandlingStatus.ACCEPTED, status);
        status = CONTACT.applyTo(status);
        assertEquals(HandlingStatus.IN_PROGRESS, status);
        status = CONTACT.applyTo(status); // contacting the citizen again is fine
        assertEquals(HandlingStatus.IN_PROGRESS, status);
        status = REPLY.applyTo(status);
        assertEquals(HandlingStatus.REPLIED, status);
        assertEquals(HandlingStatus.COMPLETED, COMPLETE.applyTo(status));
    }

    @Test
    void anAcceptedCaseMayBeRepliedWithoutARecordedContact() {
        assertEquals(HandlingStatus.REPLIED, REPLY.applyTo(HandlingStatus.ACCEPTED));
    }

    @Test
    void aSignedCaseIsAcceptedOrDeclinedOrReturned() {
        assertEquals(List.of(ACCEPT, REJECT, RETURN), HandlingStatus.SIGNED.allowedActions());
        assertEquals(HandlingStatus.REJECTED, REJECT.applyTo(HandlingStatus.SIGNED));
        assertEquals(HandlingStatus.RETURNED, RETURN.applyTo(HandlingStatus.SIGNED));
    }

    @Test
    void aRoutedCaseMayBeReturnedButNotDeclinedBeforeItIsSigned() {
        assertEquals(List.of(SIGN, RETURN), HandlingStatus.ROUTED.allowedActions());
        assertEquals(HandlingStatus.RETURNED, RETURN.applyTo(HandlingStatus.ROUTED));
        assertThrows(ActionNotAllowedException.class, () -> REJECT.applyTo(HandlingStatus.ROUTED));
    }

    @Test
    void anAcceptedCaseCanNoLongerBeReturned() {
        assertThrows(ActionNotAllowedException.class, () -> RETURN.applyTo(HandlingStatus.ACCEPTED));
        assertThrows(ActionNotAllowedException.class, () -> RETURN.applyTo(HandlingStatus.IN_PROGRESS));
    }

    @Test
    void aReplyBeforeAcceptanceIsRefusedNamingTheStatusAndWhatIsAllowed() {
        ActionNotAllowedException refused = assertThrows(ActionNotAllowedException.class, () -> REPLY.applyTo(HandlingStatus.SIGNED));
        assertEquals(HandlingStatus.SIGNED, refused.current());
        assertEquals(List.of(ACCEPT, REJECT, RETURN), refused.allowed());
        assertTrue(refused.getMessage().contains("SIGNED"), refused.getMessage());
        assertTrue(refused.getMessage().contains("accept"), refused.getMessage());
    }

    @Test
    void aSecondSignIsRefused() {
        assertThrows(ActionNotAllowedException.class, () -> SIGN.applyTo(HandlingStatus.SIGNED));
    }

    @Test
    void finishedCasesAndCasesNotYetRoutedAllowNothing() {
        for (HandlingStatus status : List.of(HandlingStatus.PENDING, HandlingStatus.REJECTED, HandlingStatus.RETURNED,
                HandlingStatus.COMPLETED)) {
            assertEquals(List.of(), status.allowedActions(), status.name());
        }
        assertEquals(List.of(COMPLETE), HandlingStatus.REPLIED.allowedActions());
    }

    @Test
    void eachStatusWaitsOnTheDeadlineOfItsNextStep() {
        assertEquals(DeadlineStep.SIGN, HandlingStatus.ROUTED.awaitedStep().orElseThrow());
        assertEquals(DeadlineStep.ACCEPT, HandlingStatus.SIGNED.awaitedStep().orElseThrow());
        assertEquals(DeadlineStep.REPLY, HandlingStatus.ACCEPTED.awaitedStep().orElseThrow());
        assertEquals(DeadlineStep.REPLY, HandlingStatus.IN_PROGRESS.awaitedStep().orElseThrow());
        assertTrue(HandlingStatus.REPLIED.awaitedStep().isEmpty());
        assertTrue(HandlingStatus.RETURNED.awaitedStep().isEmpty());
    }

    @Test
    void aReopenedCaseIsContactedAndRepliedAgainAgainstItsReplyDeadline() {
        assertEquals(List.of(CONTACT, REPLY), HandlingStatus.REOPENED.allowedActions());
        assertEquals(java.util.Optional.of(DeadlineStep.REPLY), HandlingStatus.REOPENED.awaitedStep());
        assertEquals(HandlingStatus.REPLIED, REPLY.applyTo(HandlingStatus.REOPENED));
    }
}
