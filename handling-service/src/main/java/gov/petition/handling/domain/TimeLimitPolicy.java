package gov.petition.handling.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The time limits of handling, as an ordered list of rules. Each step's limit comes from the first rule that matches the
 * case's category, channel and urgency and limits that step, so a rule only needs to say what it changes: the urgent
 * rule adds HANDLE and FIX and the case is still signed, accepted and replied to on the routine limits. The last rule
 * matches every case, so every case has deadlines.
 */
public record TimeLimitPolicy(List<TimeLimitRule> rules) {

    /**
     * Urgent public-safety cases: made safe within 3 hours and repaired within 24 hours of the report, round the
     * clock (Chengdu's manhole-cover rule); the clock is the citizen's, so time spent routing counts.
     */
    public static final TimeLimitRule URGENT_PUBLIC_SAFETY = TimeLimitRule.forUrgency("紧急公共安全：3小时处置、24小时修复（成都井盖规则）",
            Urgency.URGENT,
            new StepLimit(DeadlineStep.HANDLE, new TimeLimit.CalendarHours(3), ClockStart.RECEIVED),
            new StepLimit(DeadlineStep.FIX, new TimeLimit.CalendarHours(24), ClockStart.RECEIVED));

    /**
     * Every other case: signed within 2 working hours, accepted within 1 working day, replied within 5 working days
     * (Pinghu, Xiaoshan); the unit's clock starts when the case reaches it and restarts when it is routed again.
     */
    public static final TimeLimitRule ROUTINE = TimeLimitRule.forAnyCase("一般诉求：2个工作小时签收、1个工作日受理、5个工作日答复（平湖、萧山）",
            new StepLimit(DeadlineStep.SIGN, new TimeLimit.WorkingHours(2), ClockStart.ROUTED),
            new StepLimit(DeadlineStep.ACCEPT, new TimeLimit.WorkingDays(1), ClockStart.ROUTED),
            new StepLimit(DeadlineStep.REPLY, new TimeLimit.WorkingDays(5), ClockStart.ROUTED));

    /** The limits until policies are kept in the database. */
    public static final TimeLimitPolicy DEFAULT = new TimeLimitPolicy(List.of(URGENT_PUBLIC_SAFETY, ROUTINE));

    public TimeLimitPolicy {
        rules = List.copyOf(rules);
        if (rules.isEmpty() || !rules.get(rules.size() - 1).matchesAnyCase()) {
            throw new IllegalArgumentException("the last time-limit rule must match every case");
        }
    }

    /** The first rule matching the case. */
    public TimeLimitRule ruleFor(CaseTiming timing) {
        return matching(timing).get(0); // never empty: the last rule matches every case
    }

    /** Every rule matching the case, in order. */
    public List<TimeLimitRule> matching(CaseTiming timing) {
        return rules.stream().filter(rule -> rule.matches(timing.category(), timing.channel(), timing.urgency())).toList();
    }

    /**
     * The limit of each step, from the first matching rule that limits it, in the order the rules give them; and the
     * names of the rules that gave any, joined with "；".
     */
    public StepLimits limitsFor(CaseTiming timing) {
        Map<DeadlineStep, StepLimit> byStep = new LinkedHashMap<>();
        Map<DeadlineStep, String> sources = new LinkedHashMap<>();
        for (TimeLimitRule rule : matching(timing)) {
            for (StepLimit limit : rule.limits()) {
                if (byStep.putIfAbsent(limit.step(), limit) == null) {
                    sources.put(limit.step(), rule.name());
                }
            }
        }
        return new StepLimits(String.join("；", new java.util.LinkedHashSet<>(sources.values())),
                List.copyOf(byStep.values()), Map.copyOf(sources));
    }

    /** The limits a case runs on, the rules they come from, and which rule gave each step. */
    public record StepLimits(String rule, List<StepLimit> limits, Map<DeadlineStep, String> sources) {
    }

    /** The case's deadlines on the calendar, leaving out steps whose clock has not started yet. */
    public CaseDeadlines deadlinesFor(CaseTiming timing, WorkingCalendar calendar) {
        StepLimits rule = limitsFor(timing);
        List<Deadline> deadlines = new ArrayList<>();
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (StepLimit limit : rule.limits()) {
            Instant start = switch (limit.from()) {
                case RECEIVED -> timing.receivedAt();
                case ROUTED -> timing.routedAt();
            };
            if (start == null) {
                continue;
            }
            Instant due = limit.limit().dueFrom(start, calendar);
            boolean provisional = limit.limit().countsWorkingTime() && !calendar.isOfficialBetween(start, due);
            deadlines.add(new Deadline(limit.step(), due, limit.limit(), limit.from(), provisional));
            names.add(rule.sources().get(limit.step()));
        }
        // the rules that gave a deadline running now (a routine rule waiting for routing is not named yet)
        return new CaseDeadlines(names.isEmpty() ? rule.rule() : String.join("；", names), deadlines);
    }
}
