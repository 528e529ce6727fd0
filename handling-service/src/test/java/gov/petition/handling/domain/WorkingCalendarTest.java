package gov.petition.handling.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingCalendarTest {

    /** The shipped 2025 and 2026 calendars only, so these tests mean the same once 2027's file is installed. */
    static final HolidayArrangements SHIPPED_2025_AND_2026 = year -> year == 2025 || year == 2026
            ? new HolidayArrangementFiles().forYear(year) : Optional.empty();

    private final WorkingCalendar calendar = new WorkingCalendar(WorkingCalendar.CHINA, OfficeHours.DEFAULT, SHIPPED_2025_AND_2026);

    /** A wall-clock time in Beijing. */
    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.CHINA).toInstant();
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    // --- which days are working days ---

    @Test
    void holidaysOnWeekdaysAreNotWorkingDaysAndMakeUpWeekendsAre() {
        assertFalse(calendar.isWorkingDay(date("2025-10-08")), "Wednesday in the 2025 National Day week");
        assertTrue(calendar.isWorkingDay(date("2025-09-28")), "make-up Sunday before National Day 2025");
        assertTrue(calendar.isWorkingDay(date("2025-10-11")), "make-up Saturday after National Day 2025");
        assertFalse(calendar.isWorkingDay(date("2025-10-12")), "the plain Sunday after it");
        assertTrue(calendar.isWorkingDay(date("2026-01-04")), "make-up Sunday after New Year 2026");
        assertTrue(calendar.isWorkingDay(date("2026-02-14")), "make-up Saturday before Spring Festival 2026");
        assertTrue(calendar.isWorkingDay(date("2026-02-28")), "make-up Saturday after Spring Festival 2026");
        assertFalse(calendar.isWorkingDay(date("2026-02-23")), "Monday, 正月初七 2026");
        assertTrue(calendar.isWorkingDay(date("2026-09-20")), "make-up Sunday before Mid-Autumn 2026");
        assertFalse(calendar.isWorkingDay(date("2026-09-25")), "Mid-Autumn Friday 2026");
        assertTrue(calendar.isWorkingDay(date("2026-10-10")), "make-up Saturday after National Day 2026");
        assertTrue(calendar.isWorkingDay(date("2026-11-24")), "a plain Tuesday");
        assertFalse(calendar.isWorkingDay(date("2026-11-22")), "a plain Sunday");
    }

    @Test
    void theChineseCalendarReadsTheShippedHolidayArrangements() {
        WorkingCalendar china = WorkingCalendar.china();
        assertTrue(china.hasOfficialArrangement(2025));
        assertTrue(china.hasOfficialArrangement(2026));
        assertTrue(china.isWorkingDay(date("2026-10-10")));
        assertFalse(china.isWorkingDay(date("2026-10-07")));
    }

    @Test
    void theShippedCalendarsHoldEveryDayOfTheStateCouncilNotices() {
        // 2025: 1 + 8 + 3 + 5 + 3 + 8 days off, make-up days 1/26, 2/8, 4/27, 9/28, 10/11
        assertArrangement(2025, 28, 5);
        // 2026: 3 + 9 + 3 + 5 + 3 + 3 + 7 days off, make-up days 1/4, 2/14, 2/28, 5/9, 9/20, 10/10
        assertArrangement(2026, 33, 6);
    }

    private static void assertArrangement(int year, long holidays, long workdays) {
        HolidayArrangement arrangement = new HolidayArrangementFiles().forYear(year).orElseThrow();
        Map<LocalDate, DayKind> days = arrangement.days();
        assertEquals(holidays, days.values().stream().filter(k -> k == DayKind.HOLIDAY).count(), year + " days off");
        assertEquals(workdays, days.values().stream().filter(k -> k == DayKind.WORKDAY).count(), year + " make-up days");
        assertTrue(arrangement.source().contains("国务院办公厅关于" + year + "年部分节假日安排的通知"), arrangement.source());
    }

    // --- working days ---

    @Test
    void aReplyDueAcrossNationalDayWeek2025SkipsTheHolidaysAndCountsTheMakeUpSaturday() {
        // Tue 30 Sep; 1-8 Oct off; Thu 9, Fri 10, Sat 11 (make-up), Mon 13, Tue 14
        assertEquals(beijing("2025-10-14T17:00"), calendar.plusWorkingDays(beijing("2025-09-30T10:00"), 5));
    }

    @Test
    void aReplyDueAcrossNationalDayWeek2026SkipsTheHolidaysAndCountsTheMakeUpSaturday() {
        // Wed 30 Sep; 1-7 Oct off; Thu 8, Fri 9, Sat 10 (make-up), Mon 12, Tue 13
        assertEquals(beijing("2026-10-13T17:00"), calendar.plusWorkingDays(beijing("2026-09-30T10:00"), 5));
    }

    @Test
    void aReplyDueBeforeMidAutumn2026RunsOnThroughTheNationalDayWeek() {
        // Wed 23 Sep; Thu 24; 25-27 off; Mon 28, Tue 29, Wed 30; 1-7 Oct off; Thu 8 Oct
        assertEquals(beijing("2026-10-08T17:00"), calendar.plusWorkingDays(beijing("2026-09-23T10:00"), 5));
    }

    @Test
    void aMakeUpSundayCountsAsTheFirstWorkingDay() {
        // Fri 18 Sep 2026; Sun 20 (make-up), Mon 21 ... Thu 24: due just before the Mid-Autumn holiday
        assertEquals(beijing("2026-09-24T17:00"), calendar.plusWorkingDays(beijing("2026-09-18T15:00"), 5));
    }

    @Test
    void anAcceptanceDueTheNextWorkingDayFallsOnAMakeUpSaturday() {
        assertEquals(beijing("2026-02-28T17:00"), calendar.plusWorkingDays(beijing("2026-02-27T10:00"), 1));
    }

    @Test
    void aReplyDueAcrossSpringFestival2026SkipsTheNineDaysOff() {
        // Fri 13 Feb; Sat 14 (make-up); 15-23 off; Tue 24 ... Fri 27
        assertEquals(beijing("2026-02-27T17:00"), calendar.plusWorkingDays(beijing("2026-02-13T10:00"), 5));
    }

    @Test
    void aReplyDueAcrossNewYearReadsBothYearsCalendars() {
        // Wed 31 Dec 2025; 1-3 Jan 2026 off; Sun 4 (make-up), Mon 5 ... Thu 8
        assertEquals(beijing("2026-01-08T17:00"), calendar.plusWorkingDays(beijing("2025-12-31T10:00"), 5));
    }

    @Test
    void theDayOfReceiptNeverCountsWhateverTheHour() {
        Instant dueMondayMorning = calendar.plusWorkingDays(beijing("2026-11-23T08:00"), 1);
        Instant dueMondayEvening = calendar.plusWorkingDays(beijing("2026-11-23T23:59"), 1);
        assertEquals(beijing("2026-11-24T17:00"), dueMondayMorning);
        assertEquals(dueMondayMorning, dueMondayEvening);
        assertEquals(beijing("2026-11-23T17:00"), calendar.plusWorkingDays(beijing("2026-11-21T10:00"), 1),
                "received on Saturday: the first working day is Monday");
    }

    // --- working hours ---

    @Test
    void aFridayAfternoonSignDeadlineOfTwoWorkingHoursLandsOnMondayMorning() {
        assertEquals(beijing("2026-11-23T10:00"), calendar.plusWorkingTime(beijing("2026-11-20T16:00"), Duration.ofHours(2)));
    }

    @Test
    void workingHoursSkipTheLunchBreak() {
        assertEquals(beijing("2026-11-24T14:00"), calendar.plusWorkingTime(beijing("2026-11-24T11:00"), Duration.ofHours(2)));
        assertEquals(beijing("2026-11-24T13:30"), calendar.plusWorkingTime(beijing("2026-11-24T12:20"), Duration.ofMinutes(30)),
                "received during lunch: the clock starts at 13:00");
    }

    @Test
    void aLimitUsedUpExactlyAtClosingIsDueAtClosingNotNextMorning() {
        assertEquals(beijing("2026-11-20T17:00"), calendar.plusWorkingTime(beijing("2026-11-20T15:00"), Duration.ofHours(2)));
    }

    @Test
    void workingHoursStartingAtNightOrOnAWeekendStartAtTheNextOpening() {
        assertEquals(beijing("2026-11-25T11:00"), calendar.plusWorkingTime(beijing("2026-11-24T18:30"), Duration.ofHours(2)));
        assertEquals(beijing("2026-11-23T11:00"), calendar.plusWorkingTime(beijing("2026-11-21T10:00"), Duration.ofHours(2)));
    }

    @Test
    void workingHoursRunOnAMakeUpSaturdayAndSkipTheHolidayWeek() {
        assertEquals(beijing("2025-10-11T10:00"), calendar.plusWorkingTime(beijing("2025-10-10T16:00"), Duration.ofHours(2)),
                "Friday 10 Oct 2025 to the make-up Saturday");
        assertEquals(beijing("2025-10-09T10:00"), calendar.plusWorkingTime(beijing("2025-09-30T16:00"), Duration.ofHours(2)),
                "the eve of National Day 2025 to the first day back");
    }

    @Test
    void workingTimeBetweenTwoInstantsAcrossAWeekendCountsOnlyOfficeHours() {
        // Fri 15:00-17:00 and Mon 09:00-10:30
        assertEquals(Duration.ofMinutes(210), calendar.workingTimeBetween(beijing("2026-11-20T15:00"), beijing("2026-11-23T10:30")));
        assertEquals(Duration.ofMinutes(-210), calendar.workingTimeBetween(beijing("2026-11-23T10:30"), beijing("2026-11-20T15:00")));
    }

    @Test
    void workingTimeBetweenSkipsLunchAndTheNationalDayWeek() {
        assertEquals(Duration.ofHours(1), calendar.workingTimeBetween(beijing("2026-11-24T11:30"), beijing("2026-11-24T13:30")));
        // 7 hours on Tue 30 Sep, nothing for 1-8 Oct, 3 hours on the morning of Thu 9 Oct
        assertEquals(Duration.ofHours(10), calendar.workingTimeBetween(beijing("2025-09-30T09:00"), beijing("2025-10-09T12:00")));
        assertEquals(Duration.ZERO, calendar.workingTimeBetween(beijing("2025-10-01T09:00"), beijing("2025-10-08T17:00")));
    }

    @Test
    void workingTimeBetweenIsTheInverseOfAddingWorkingTime() {
        Instant from = beijing("2026-09-30T15:10");
        Duration fourteenHours = Duration.ofHours(14);
        assertEquals(fourteenHours, calendar.workingTimeBetween(from, calendar.plusWorkingTime(from, fourteenHours)));
    }

    // --- office hours ---

    @Test
    void officeHoursAreConfigurable() {
        WorkingCalendar summer = new WorkingCalendar(WorkingCalendar.CHINA, OfficeHours.parse("08:30-12:00, 14:30-17:30"),
                SHIPPED_2025_AND_2026);
        assertEquals(beijing("2026-11-24T17:30"), summer.plusWorkingDays(beijing("2026-11-23T10:00"), 1));
        assertEquals(beijing("2026-11-24T15:00"), summer.plusWorkingTime(beijing("2026-11-24T11:30"), Duration.ofHours(1)));
        assertEquals(Duration.ofHours(7), OfficeHours.DEFAULT.perDay());
    }

    @Test
    void overlappingOrMalformedOfficeHoursAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> OfficeHours.parse("09:00-12:00,11:00-17:00"));
        assertThrows(IllegalArgumentException.class, () -> OfficeHours.parse("12:00-09:00"));
        assertThrows(IllegalArgumentException.class, () -> OfficeHours.parse("9-12"));
    }

    // --- loading next year's calendar ---

    @Test
    void aYearWithoutAnInstalledCalendarCountsPlainWeekendsAndIsFlagged() {
        assertFalse(calendar.hasOfficialArrangement(2027));
        assertTrue(calendar.isWorkingDay(date("2027-10-01")), "a Friday, as nothing says otherwise yet");
        assertTrue(calendar.hasOfficialArrangement(2026));
        assertFalse(calendar.isOfficialBetween(beijing("2026-12-30T10:00"), beijing("2027-01-06T17:00")));
        assertTrue(calendar.isOfficialBetween(beijing("2025-12-30T10:00"), beijing("2026-01-06T17:00")));
    }

    @Test
    void nextYearsCalendarIsLoadedFromADirectoryWithoutCode(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve(HolidayArrangementFiles.fileName(2027)), """
                # source: a test notice
                2027-01-01\tHOLIDAY\t元旦
                2027-01-02\tHOLIDAY\t元旦
                2027-01-03\tHOLIDAY\t元旦
                """);
        WorkingCalendar withNextYear = new WorkingCalendar(WorkingCalendar.CHINA, OfficeHours.DEFAULT,
                new HolidayArrangementFiles(directory));
        assertTrue(withNextYear.hasOfficialArrangement(2027));
        assertFalse(withNextYear.isWorkingDay(date("2027-01-01")));
        // Wed 30 Dec 2026: Thu 31, (Fri 1 Jan off), Mon 4, Tue 5, Wed 6, Thu 7
        assertEquals(beijing("2027-01-07T17:00"), withNextYear.plusWorkingDays(beijing("2026-12-30T10:00"), 5));
        assertTrue(withNextYear.isWorkingDay(date("2026-10-10")), "years without a file there still come from the classpath");
    }

    @Test
    void aCalendarFileInTheDirectoryOverridesTheShippedOne(@TempDir Path directory) throws IOException {
        // e.g. a local government adding a day off for its own festival
        Files.writeString(directory.resolve(HolidayArrangementFiles.fileName(2026)), "2026-11-24\tHOLIDAY\tlocal\n");
        HolidayArrangement local = new HolidayArrangementFiles(directory).forYear(2026).orElseThrow();
        assertEquals(Map.of(date("2026-11-24"), DayKind.HOLIDAY), local.days());
    }

    @Test
    void aMalformedCalendarFileIsRefusedNamingTheLine() {
        IllegalArgumentException badKind = assertThrows(IllegalArgumentException.class, () -> parse(2027, """
                # header
                2027-01-01\tHOLIDAY
                2027-01-02\tDAYOFF
                """));
        assertTrue(badKind.getMessage().contains("test.tsv:3"), badKind.getMessage());
        assertThrows(IllegalArgumentException.class, () -> parse(2027, "2026-12-31\tHOLIDAY\n"), "date of another year");
        assertThrows(IllegalArgumentException.class, () -> parse(2027, "2027-01-01\tHOLIDAY\n2027-01-01\tHOLIDAY\n"), "listed twice");
        assertThrows(IllegalArgumentException.class, () -> parse(2027, "2027-01-01 HOLIDAY\n"), "not tab-separated");
        IllegalArgumentException weekdayMakeUp = assertThrows(IllegalArgumentException.class, () -> parse(2027, "2027-01-05\tWORKDAY\n"));
        assertEquals(DayOfWeek.TUESDAY, date("2027-01-05").getDayOfWeek());
        assertTrue(weekdayMakeUp.getMessage().contains("weekday"), weekdayMakeUp.getMessage());
    }

    private static HolidayArrangement parse(int year, String text) {
        return HolidayArrangement.parse(year, new BufferedReader(new StringReader(text)), "test.tsv");
    }
}
