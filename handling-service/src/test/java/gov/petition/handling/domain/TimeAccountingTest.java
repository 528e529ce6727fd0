package gov.petition.handling.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeAccountingTest {

    private final WorkingCalendar calendar = WorkingCalendar.china();

    private static Instant beijing(String text) {
        return LocalDateTime.parse(text).atZone(WorkingCalendar.CHINA).toInstant();
    }

    private static TimeAccounting.Step step(String step, String unit, String at) {
        return new TimeAccounting.Step(step, unit, unit, beijing(at));
    }

    @Test
    void aCaseBouncedAcrossTheNationalDayWeekShowsWhereTheDaysWent() {
        // Chengdu's lesson: the days lost between districts become visible hold by hold
        List<TimeAccounting.Step> steps = List.of(
                step("ROUTED", "xd.a.a1.zjj", "2025-09-29T10:00"),
                step("SIGNED", "xd.a.a1.zjj", "2025-09-29T11:00"),
                step("CONTACTED", "xd.a.a1.zjj", "2025-09-29T15:00"), // not a milestone
                step("RETURNED", "xd.a.a1.zjj", "2025-10-09T10:00"),
                step("ROUTED", "xd.a.a3.zjj", "2025-10-09T11:00"),
                step("SIGNED", "xd.a.a3.zjj", "2025-10-09T11:30"),
                step("ACCEPTED", "xd.a.a3.zjj", "2025-10-09T14:00"),
                step("REPLIED", "xd.a.a3.zjj", "2025-10-10T16:00"),
                step("COMPLETED", "xd.a.a3.zjj", "2025-10-11T09:00"));
        TimeAccounting.Account account = TimeAccounting.of(steps, calendar, beijing("2025-10-20T09:00"));

        assertEquals(2, account.holds().size());
        TimeAccounting.Hold first = account.holds().get(0);
        assertEquals("RETURNED", first.endedBy());
        assertEquals(Duration.ofDays(10).toSeconds(), first.calendarSeconds(), "ten calendar days");
        // Mon 29 Sep 10:00-17:00 less lunch (6h), Tue 30 Sep (7h), then 1-8 Oct off, Thu 9 Oct 09:00-10:00 (1h)
        assertEquals(Duration.ofHours(14).toSeconds(), first.workingSeconds(), "but two working days and an hour");
        TimeAccounting.Hold second = account.holds().get(1);
        assertEquals("COMPLETED", second.endedBy());
        assertEquals(List.of("ROUTED→SIGNED", "SIGNED→RETURNED", "ROUTED→SIGNED", "SIGNED→ACCEPTED", "ACCEPTED→REPLIED",
                "REPLIED→COMPLETED"), account.spans().stream().map(s -> s.from() + "→" + s.to()).toList());
        TimeAccounting.Span replied = account.spans().get(4);
        assertEquals("xd.a.a3.zjj", replied.unitId());
        assertEquals(Duration.ofHours(26).toSeconds(), replied.calendarSeconds());
        assertEquals(account.holds().stream().mapToLong(TimeAccounting.Hold::calendarSeconds).sum(), account.calendarSeconds());
    }

    @Test
    void aCaseStillWithAUnitIsHeldUntilNow() {
        TimeAccounting.Account account = TimeAccounting.of(List.of(step("ROUTED", "xd.a.jyj", "2026-11-23T09:00"),
                step("SIGNED", "xd.a.jyj", "2026-11-23T09:30")), calendar, beijing("2026-11-23T11:00"));
        TimeAccounting.Hold hold = account.holds().get(0);
        assertTrue(hold.ongoing());
        assertEquals(Duration.ofHours(2).toSeconds(), hold.calendarSeconds());
        assertEquals(Duration.ofHours(2).toSeconds(), hold.workingSeconds());
    }

    @Test
    void aUnitsStepStampedAfterTheCaseMovedOnDoesNotEndTheNextUnitsHold() {
        TimeAccounting.Account account = TimeAccounting.of(List.of(
                step("ROUTED", "xd.a.a1.zjj", "2026-11-23T09:00"),
                step("ROUTED", "xd.a.a3.zjj", "2026-11-23T10:00"),
                step("RETURNED", "xd.a.a1.zjj", "2026-11-23T10:00:01")), calendar, beijing("2026-11-23T11:00"));
        assertEquals(java.util.Arrays.asList("ROUTED", null), account.holds().stream().map(TimeAccounting.Hold::endedBy).toList());
        assertTrue(account.holds().get(1).ongoing());
    }

    @Test
    void aReopenedCaseStartsANewHoldAtTheSameUnit() {
        TimeAccounting.Account account = TimeAccounting.of(List.of(
                step("ROUTED", "xd.a.jyj", "2026-11-23T09:00"),
                step("COMPLETED", "xd.a.jyj", "2026-11-24T09:00"),
                step("REOPENED", "xd.a.jyj", "2026-11-26T09:00"),
                step("REPLIED", "xd.a.jyj", "2026-11-26T10:00")), calendar, beijing("2026-11-26T12:00"));
        assertEquals(2, account.holds().size());
        assertEquals("REOPENED→REPLIED", account.spans().get(1).from() + "→" + account.spans().get(1).to());
    }
}
