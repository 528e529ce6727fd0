package gov.petition.handling.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The unit's handling steps and the state machine they form: each action is allowed from some statuses and
 * leads to one. ROUTED → SIGNED → ACCEPTED | REJECTED; ACCEPTED → IN_PROGRESS (contact, repeatable) → REPLIED →
 * COMPLETED; a case not yet accepted may be returned to dispatch; a REOPENED case is contacted and replied again. An
 * urgent case is also made safe on site (HANDLE), which leaves the status as it is.
 */
public enum HandlingAction {
    SIGN("签收", HandlingStatus.SIGNED, EnumSet.of(HandlingStatus.ROUTED)),
    ACCEPT("受理", HandlingStatus.ACCEPTED, EnumSet.of(HandlingStatus.SIGNED)),
    REJECT("不予受理", HandlingStatus.REJECTED, EnumSet.of(HandlingStatus.SIGNED)),
    // once accepted, the unit owns the case: it may no longer push it back (推诿)
    RETURN("退回", HandlingStatus.RETURNED, EnumSet.of(HandlingStatus.ROUTED, HandlingStatus.SIGNED)),
    CONTACT("沟通", HandlingStatus.IN_PROGRESS, EnumSet.of(HandlingStatus.ACCEPTED, HandlingStatus.IN_PROGRESS, HandlingStatus.REOPENED)),
    // contacting the citizen first is good practice, not a precondition of replying
    REPLY("答复", HandlingStatus.REPLIED, EnumSet.of(HandlingStatus.ACCEPTED, HandlingStatus.IN_PROGRESS, HandlingStatus.REOPENED)),
    COMPLETE("办结", HandlingStatus.COMPLETED, EnumSet.of(HandlingStatus.REPLIED)),
    /**
     * Urgent cases: the danger made safe on site (处置), at any point while the unit holds the case and the status does
     * not change; once per case, and only on cases with a HANDLE time limit (see {@code WorkItem#allowedActions}).
     */
    HANDLE("处置", null, HandlingStatus.URGENT_CLOCK_RUNS);

    private final String label;
    private final HandlingStatus leadsTo;
    private final Set<HandlingStatus> from;

    HandlingAction(String label, HandlingStatus leadsTo, Set<HandlingStatus> from) {
        this.label = label;
        this.leadsTo = leadsTo;
        this.from = from;
    }

    public String label() {
        return label;
    }

    /** The action's name in URLs and problem messages, e.g. {@code sign}. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean allowedFrom(HandlingStatus status) {
        return from.contains(status);
    }

    /** Whether the action moves the case along the lifecycle (every action but {@link #HANDLE}). */
    public boolean changesStatus() {
        return leadsTo != null;
    }

    /** The status after this action on a case in {@code current}; refuses an action the status does not allow. */
    public HandlingStatus applyTo(HandlingStatus current) {
        if (!allowedFrom(current)) {
            throw new ActionNotAllowedException(current, this);
        }
        return leadsTo == null ? current : leadsTo;
    }
}
