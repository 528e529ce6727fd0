package gov.petition.evaluation;

import gov.petition.evaluation.domain.WorkingCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = WorkingCalendar.bundled();

    private static OffsetDateTime at(String isoInShanghai) {
        return OffsetDateTime.parse(isoInShanghai + "+08:00");
    }

    @Test
    void holidaysAreRestDaysAndMakeUpWeekendsAreWorkingDays() {
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 5)), "国庆节 Monday");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 10, 10)), "调休 Saturday");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 2, 14)), "春节调休 Saturday");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 2, 18)), "春节");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 5, 5)), "劳动节 2025");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 4, 27)), "劳动节调休 Sunday 2025");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 11, 28)), "an ordinary Saturday");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 11, 27)), "an ordinary Friday");
    }

    @Test
    void workingHoursCountOnlyOfficeHoursOfWorkingDays() {
        // Friday 17:00 to Monday 09:30: half an hour on Friday, half an hour on Monday.
        assertEquals(1.0, calendar.workingHoursBetween(at("2026-11-27T17:00:00"), at("2026-11-30T09:30:00")));
        // The lunch break does not count.
        assertEquals(1.0, calendar.workingHoursBetween(at("2026-11-30T11:30:00"), at("2026-11-30T14:00:00")));
        // Across the National Day week: 30 Sep (Wed) 17:00 to 8 Oct (Thu) 10:00 is half an hour plus one hour.
        assertEquals(1.5, calendar.workingHoursBetween(at("2026-09-30T17:00:00"), at("2026-10-08T10:00:00")));
        assertEquals(0.0, calendar.workingHoursBetween(at("2026-11-30T10:00:00"), at("2026-11-30T09:00:00")));
    }

    @Test
    void theFirstWorkingDayOfAMonthSkipsHolidays() {
        assertEquals(LocalDate.of(2026, 10, 8), calendar.firstWorkingDayOf(YearMonth.of(2026, 10)));
        assertEquals(LocalDate.of(2026, 11, 2), calendar.firstWorkingDayOf(YearMonth.of(2026, 11)));
        assertEquals(LocalDate.of(2026, 1, 4), calendar.firstWorkingDayOf(YearMonth.of(2026, 1)), "1–3 Jan off, Sunday 4 Jan a make-up day");
    }

    @Test
    void aLimitInWorkingDaysEndsAtCloseOfTheLastOne() {
        // Wednesday 30 Sep 2026 + 5 working days: 8, 9, 10 (make-up Saturday), 12, 13 October.
        assertEquals(at("2026-10-13T17:30:00").toInstant(), calendar.plusWorkingDays(at("2026-09-30T10:00:00"), 5).toInstant());
    }
}
