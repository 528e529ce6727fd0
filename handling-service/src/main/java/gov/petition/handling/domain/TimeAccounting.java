package gov.petition.handling.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a case's time went: how long each unit held it, and how long each step took, in working time and in
 * calendar time (the figures that showed Chengdu a case losing 8 days between districts).
 */
public final class TimeAccounting {

    /** One recorded step of a case: what happened, at which unit, when. */
    public record Step(String step, String unitId, String unitName, Instant at) {
    }

    /** A unit's hold of the case: from routing (or reopening) to return, rejection, completion or now. */
    public record Hold(String unitId, String unitName, Instant from, Instant to, boolean ongoing, String endedBy,
                       long calendarSeconds, long workingSeconds) {
    }

    /** The time between two consecutive milestones at one unit, e.g. ROUTED → SIGNED. */
    public record Span(String from, String to, String unitId, Instant start, Instant end, long calendarSeconds,
                       long workingSeconds) {
    }

    /** The whole account of a case. */
    public record Account(List<Hold> holds, List<Span> spans, long calendarSeconds, long workingSeconds) {
    }

    /** Steps that start a unit's hold. */
    public static final Set<String> STARTS = Set.of("ROUTED", "REOPENED");
    /** Steps that end a unit's hold. */
    public static final Set<String> ENDS = Set.of("RETURNED", "REJECTED", "COMPLETED");
    /** The milestones spans run between, in lifecycle order. */
    public static final Set<String> MILESTONES = Set.of("ROUTED", "REOPENED", "SIGNED", "ACCEPTED", "REPLIED",
            "COMPLETED", "REJECTED", "RETURNED");

    private TimeAccounting() {
    }

    /** Accounts a case's steps (in time order) up to {@code now} on the calendar. */
    public static Account of(List<Step> steps, WorkingCalendar calendar, Instant now) {
        List<Hold> holds = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        Step holdStart = null;
        Step lastMilestone = null;
        for (Step step : steps) {
            if (!MILESTONES.contains(step.step())) {
                continue;
            }
            if (STARTS.contains(step.step())) {
                if (holdStart != null) {
                    holds.add(hold(holdStart, step.at(), false, step.step(), calendar));
                }
                holdStart = step;
                lastMilestone = step;
                continue;
            }
            if (holdStart == null) {
                continue; // a step before any routing we know of: nothing to account it to
            }
            if (step.unitId() != null && holdStart.unitId() != null && !step.unitId().equals(holdStart.unitId())) {
                continue; // clocks of two services disagree: a unit's late step after the case was routed on
            }
            spans.add(new Span(lastMilestone.step(), step.step(), holdStart.unitId(), lastMilestone.at(), step.at(),
                    seconds(lastMilestone.at(), step.at()), calendar.workingTimeBetween(lastMilestone.at(), step.at()).toSeconds()));
            lastMilestone = step;
            if (ENDS.contains(step.step())) {
                holds.add(hold(holdStart, step.at(), false, step.step(), calendar));
                holdStart = null;
                lastMilestone = null;
            }
        }
        if (holdStart != null) {
            holds.add(hold(holdStart, now, true, null, calendar));
        }
        long calendarTotal = holds.stream().mapToLong(Hold::calendarSeconds).sum();
        long workingTotal = holds.stream().mapToLong(Hold::workingSeconds).sum();
        return new Account(List.copyOf(holds), List.copyOf(spans), calendarTotal, workingTotal);
    }

    private static Hold hold(Step start, Instant end, boolean ongoing, String endedBy, WorkingCalendar calendar) {
        Instant to = end.isBefore(start.at()) ? start.at() : end;
        return new Hold(start.unitId(), start.unitName(), start.at(), to, ongoing, endedBy, seconds(start.at(), to),
                calendar.workingTimeBetween(start.at(), to).toSeconds());
    }

    private static long seconds(Instant from, Instant to) {
        return Duration.between(from, to).toSeconds();
    }
}
