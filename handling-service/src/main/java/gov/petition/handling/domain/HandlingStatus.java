package gov.petition.handling.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Where a case stands in its unit's hands; {@link HandlingAction} says how it moves on. */
public enum HandlingStatus {
    /** Received, not yet routed to any unit. */
    PENDING("待交办"),
    ROUTED("待签收"),
    SIGNED("已签收"),
    ACCEPTED("已受理"),
    REJECTED("不予受理"),
    /** Given back to dispatch as not the unit's business; routing will pass it on again. */
    RETURNED("已退回"),
    /** Accepted and the citizen contacted. */
    IN_PROGRESS("办理中"),
    REPLIED("已答复"),
    COMPLETED("已办结"),
    /** Sent back by evaluation (the citizen unsatisfied and the problem unsolved): to be replied again. */
    REOPENED("重新办理");

    /**
     * The statuses in which a unit holds the case and an urgent case's HANDLE and FIX clocks run against it (until it
     * is made safe, and completed).
     */
    public static final java.util.Set<HandlingStatus> URGENT_CLOCK_RUNS = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(ROUTED, SIGNED, ACCEPTED, IN_PROGRESS, REPLIED, REOPENED));

    /** The statuses in which no unit holds the case: waiting for routing, or given back to dispatch. */
    public static final java.util.Set<HandlingStatus> AWAITING_DISPATCH = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(PENDING, RETURNED));

    private final String label;

    HandlingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The lifecycle actions a unit may take on a case in this status, in order (HANDLE depends on the case too). */
    public List<HandlingAction> allowedActions() {
        return Arrays.stream(HandlingAction.values()).filter(action -> action.changesStatus() && action.allowedFrom(this)).toList();
    }

    /** The deadline the unit is working against in this status, if any. */
    public Optional<DeadlineStep> awaitedStep() {
        return Optional.ofNullable(switch (this) {
            case ROUTED -> DeadlineStep.SIGN;
            case SIGNED -> DeadlineStep.ACCEPT;
            case ACCEPTED, IN_PROGRESS, REOPENED -> DeadlineStep.REPLY;
            case PENDING, REJECTED, RETURNED, REPLIED, COMPLETED -> null;
        });
    }
}
