package gov.petition.handling.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeLimitPolicyTest {

    private final WorkingCalendar calendar = new WorkingCalendar(WorkingCalendar.CHINA, OfficeHours.DEFAULT,
            WorkingCalendarTest.SHIPPED_2025_AND_2026);

    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.CHINA).toInstant();
    }

    private static CaseTiming routine(String channel, Instant receivedAt, Instant routedAt) {
        return new CaseTiming("城乡建设", channel, Urgency.NORMAL, receivedAt, routedAt);
    }

    @Test
    void aRoutineCaseRoutedOnFridayAfternoonIsSignedAcceptedAndRepliedOnWorkingTime() {
        CaseDeadlines deadlines = TimeLimitPolicy.DEFAULT.deadlinesFor(
                routine("WECHAT", beijing("2026-11-20T15:50"), beijing("2026-11-20T16:00")), calendar);

        assertEquals(TimeLimitPolicy.ROUTINE.name(), deadlines.rule());
        assertEquals(beijing("2026-11-23T10:00"), deadlines.of(DeadlineStep.SIGN).orElseThrow().due());
        assertEquals(beijing("2026-11-23T17:00"), deadlines.of(DeadlineStep.ACCEPT).orElseThrow().due());
        assertEquals(beijing("2026-11-27T17:00"), deadlines.of(DeadlineStep.REPLY).orElseThrow().due());
        assertTrue(deadlines.of(DeadlineStep.HANDLE).isEmpty());
        assertFalse(deadlines.deadlines().stream().anyMatch(Deadline::provisional));
    }

    @Test
    void aReplyDueAcrossNationalDayWeekSkipsTheHolidaysAndCountsTheMakeUpSaturday() {
        CaseDeadlines deadlines = TimeLimitPolicy.DEFAULT.deadlinesFor(
                routine("MAILBOX", beijing("2025-09-29T20:00"), beijing("2025-09-30T10:00")), calendar);

        assertEquals(beijing("2025-09-30T12:00"), deadlines.of(DeadlineStep.SIGN).orElseThrow().due());
        assertEquals(beijing("2025-10-09T17:00"), deadlines.of(DeadlineStep.ACCEPT).orElseThrow().due());
        assertEquals(beijing("2025-10-14T17:00"), deadlines.of(DeadlineStep.REPLY).orElseThrow().due());
    }

    @Test
    void anUrgentPublicSafetyCaseIsHandledAndFixedInCalendarHoursEvenOnAHolidayNight() {
        // an open manhole reported at 22:00 on National Day; routing took half an hour
        CaseDeadlines deadlines = TimeLimitPolicy.DEFAULT.deadlinesFor(new CaseTiming("城乡建设", "HOTLINE_12345", Urgency.URGENT,
                beijing("2025-10-01T22:00"), beijing("2025-10-01T22:30")), calendar);

        assertEquals(TimeLimitPolicy.URGENT_PUBLIC_SAFETY.name() + "；" + TimeLimitPolicy.ROUTINE.name(), deadlines.rule());
        assertEquals(beijing("2025-10-02T01:00"), deadlines.of(DeadlineStep.HANDLE).orElseThrow().due());
        assertEquals(beijing("2025-10-02T22:00"), deadlines.of(DeadlineStep.FIX).orElseThrow().due());
        assertEquals("3小时", deadlines.of(DeadlineStep.HANDLE).orElseThrow().limit().label());
        // it is still signed, accepted and replied to on the routine limits, which wait for the holidays' end
        assertEquals(beijing("2025-10-09T11:00"), deadlines.of(DeadlineStep.SIGN).orElseThrow().due());
        assertEquals(beijing("2025-10-14T17:00"), deadlines.of(DeadlineStep.REPLY).orElseThrow().due());
        assertEquals(List.of(DeadlineStep.HANDLE, DeadlineStep.FIX, DeadlineStep.SIGN, DeadlineStep.ACCEPT, DeadlineStep.REPLY),
                deadlines.deadlines().stream().map(Deadline::step).toList());
    }

    @Test
    void eachStepComesFromTheFirstMatchingRuleThatLimitsIt() {
        // a hotline rule that only shortens the reply: signing and accepting still follow the routine rule
        TimeLimitRule hotline = new TimeLimitRule("12345热线：3个工作日答复", null, "HOTLINE_12345", null, List.of(
                new StepLimit(DeadlineStep.REPLY, new TimeLimit.WorkingDays(3), ClockStart.ROUTED)));
        TimeLimitPolicy policy = new TimeLimitPolicy(List.of(TimeLimitPolicy.URGENT_PUBLIC_SAFETY, hotline, TimeLimitPolicy.ROUTINE));
        Instant routed = beijing("2026-11-24T10:00");

        CaseDeadlines deadlines = policy.deadlinesFor(routine("HOTLINE_12345", routed, routed), calendar);
        assertEquals(hotline.name() + "；" + TimeLimitPolicy.ROUTINE.name(), deadlines.rule());
        assertEquals(beijing("2026-11-27T17:00"), deadlines.of(DeadlineStep.REPLY).orElseThrow().due());
        assertEquals(beijing("2026-11-24T12:00"), deadlines.of(DeadlineStep.SIGN).orElseThrow().due());
        assertEquals(beijing("2026-11-25T17:00"), deadlines.of(DeadlineStep.ACCEPT).orElseThrow().due());

        // a rule none of whose steps is left to give names no part of the case's deadlines
        TimeLimitRule shadowed = TimeLimitRule.forAnyCase("影子规则", new StepLimit(DeadlineStep.REPLY, new TimeLimit.WorkingDays(9), ClockStart.ROUTED));
        TimeLimitPolicy withShadow = new TimeLimitPolicy(List.of(TimeLimitPolicy.ROUTINE, shadowed));
        assertEquals(TimeLimitPolicy.ROUTINE.name(), withShadow.deadlinesFor(routine("APP", routed, routed), calendar).rule());
    }

    @Test
    void aStepWhoseClockHasNotStartedHasNoDeadlineYet() {
        // routing's event can arrive after intake's, and the other way round
        CaseDeadlines notRouted = TimeLimitPolicy.DEFAULT.deadlinesFor(routine("APP", beijing("2026-11-24T10:00"), null), calendar);
        assertTrue(notRouted.deadlines().isEmpty());

        CaseDeadlines urgentNotReceived = TimeLimitPolicy.DEFAULT.deadlinesFor(
                new CaseTiming(null, null, Urgency.URGENT, null, beijing("2026-11-24T10:00")), calendar);
        assertTrue(urgentNotReceived.of(DeadlineStep.HANDLE).isEmpty(), "the urgent clock starts at the report, not yet known");
        assertTrue(urgentNotReceived.of(DeadlineStep.SIGN).isPresent(), "the unit's clock started at routing");
    }

    @Test
    void theFirstMatchingRuleWinsSoAChannelCanHaveShorterLimits() {
        TimeLimitRule hotline = new TimeLimitRule("12345热线：2个工作日答复", null, "HOTLINE_12345", null, List.of(
                new StepLimit(DeadlineStep.SIGN, new TimeLimit.WorkingHours(1), ClockStart.ROUTED),
                new StepLimit(DeadlineStep.REPLY, new TimeLimit.WorkingDays(2), ClockStart.ROUTED)));
        TimeLimitPolicy policy = new TimeLimitPolicy(List.of(TimeLimitPolicy.URGENT_PUBLIC_SAFETY, hotline, TimeLimitPolicy.ROUTINE));
        Instant routed = beijing("2026-11-24T10:00");

        CaseDeadlines byHotline = policy.deadlinesFor(routine("HOTLINE_12345", routed, routed), calendar);
        assertEquals(hotline.name() + "；" + TimeLimitPolicy.ROUTINE.name(), byHotline.rule(), "accepting still on the routine limit");
        assertEquals(beijing("2026-11-26T17:00"), byHotline.of(DeadlineStep.REPLY).orElseThrow().due());
        assertEquals(beijing("2026-11-24T11:00"), byHotline.of(DeadlineStep.SIGN).orElseThrow().due());

        CaseDeadlines byWeChat = policy.deadlinesFor(routine("WECHAT", routed, routed), calendar);
        assertEquals(beijing("2026-12-01T17:00"), byWeChat.of(DeadlineStep.REPLY).orElseThrow().due());

        CaseDeadlines urgentByHotline = policy.deadlinesFor(
                new CaseTiming("城乡建设", "HOTLINE_12345", Urgency.URGENT, routed, routed), calendar);
        assertTrue(urgentByHotline.rule().startsWith(TimeLimitPolicy.URGENT_PUBLIC_SAFETY.name()), "urgency is matched before the channel");
        assertEquals(beijing("2026-11-24T13:00"), urgentByHotline.of(DeadlineStep.HANDLE).orElseThrow().due());
        assertEquals(beijing("2026-11-26T17:00"), urgentByHotline.of(DeadlineStep.REPLY).orElseThrow().due(), "and the hotline's reply limit still applies");
    }

    @Test
    void aRuleCanMatchACategory() {
        TimeLimitRule education = new TimeLimitRule("教育文体：3个工作日答复", "教育文体", null, Urgency.NORMAL, List.of(
                new StepLimit(DeadlineStep.REPLY, new TimeLimit.WorkingDays(3), ClockStart.ROUTED)));
        TimeLimitPolicy policy = new TimeLimitPolicy(List.of(education, TimeLimitPolicy.ROUTINE));
        Instant routed = beijing("2026-11-24T10:00");

        assertEquals(education.name(), policy.ruleFor(new CaseTiming("教育文体", "APP", Urgency.NORMAL, routed, routed)).name());
        assertEquals(TimeLimitPolicy.ROUTINE.name(), policy.ruleFor(new CaseTiming("教育文体", "APP", Urgency.URGENT, routed, routed)).name());
        assertEquals(TimeLimitPolicy.ROUTINE.name(), policy.ruleFor(new CaseTiming(null, "APP", Urgency.NORMAL, routed, routed)).name());
    }

    @Test
    void aDeadlineReachingAYearWithoutItsCalendarIsProvisional() {
        // 2027's holidays are not installed: New Year's Day counts as a plain Friday
        CaseDeadlines deadlines = TimeLimitPolicy.DEFAULT.deadlinesFor(
                routine("WEB", beijing("2026-12-30T10:00"), beijing("2026-12-30T10:00")), calendar);

        Deadline reply = deadlines.of(DeadlineStep.REPLY).orElseThrow();
        assertEquals(beijing("2027-01-06T17:00"), reply.due());
        assertTrue(reply.provisional());
        assertFalse(deadlines.of(DeadlineStep.SIGN).orElseThrow().provisional());
    }

    @Test
    void urgentDeadlinesAreNeverProvisionalBecauseTheyIgnoreTheCalendar() {
        CaseDeadlines deadlines = TimeLimitPolicy.DEFAULT.deadlinesFor(new CaseTiming(null, null, Urgency.URGENT,
                beijing("2026-12-31T23:00"), null), calendar);
        assertEquals(beijing("2027-01-01T23:00"), deadlines.of(DeadlineStep.FIX).orElseThrow().due());
        assertEquals(TimeLimitPolicy.URGENT_PUBLIC_SAFETY.name(), deadlines.rule(), "not yet routed: only the urgent rule runs");
        assertFalse(deadlines.of(DeadlineStep.FIX).orElseThrow().provisional());
    }

    @Test
    void aPolicyWhoseLastRuleDoesNotMatchEveryCaseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TimeLimitPolicy(List.of(TimeLimitPolicy.URGENT_PUBLIC_SAFETY)));
        assertThrows(IllegalArgumentException.class, () -> new TimeLimitPolicy(List.of()));
    }

    @Test
    void aRuleLimitingTheSameStepTwiceOrNothingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TimeLimitRule.forAnyCase("twice",
                new StepLimit(DeadlineStep.REPLY, new TimeLimit.WorkingDays(5), ClockStart.ROUTED),
                new StepLimit(DeadlineStep.REPLY, new TimeLimit.WorkingDays(3), ClockStart.ROUTED)));
        assertThrows(IllegalArgumentException.class, () -> TimeLimitRule.forAnyCase("nothing"));
        assertThrows(IllegalArgumentException.class, () -> new TimeLimit.WorkingDays(0));
    }

    @Test
    void theDefaultLimitsReadAsPeopleWriteThem() {
        assertEquals(List.of("2个工作小时", "1个工作日", "5个工作日"),
                TimeLimitPolicy.ROUTINE.limits().stream().map(l -> l.limit().label()).toList());
    }
}
