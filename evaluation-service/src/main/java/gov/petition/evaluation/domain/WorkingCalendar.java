package gov.petition.evaluation.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The city's working time: weekdays, minus public holidays (休), plus make-up working days (调休上班), within
 * office hours. Reply times are measured on it, so a letter sent on Friday evening and answered on Monday
 * morning took minutes of working time, not a weekend.
 */
public final class WorkingCalendar {

    /** One stretch of office hours in a working day, e.g. 09:00–12:00. */
    public record OfficeSpan(LocalTime start, LocalTime end) {
        public OfficeSpan {
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("office span must end after it starts: " + start + "-" + end);
            }
        }

        /** Parses {@code 09:00-12:00}. */
        public static OfficeSpan parse(String text) {
            String[] parts = text.strip().split("-");
            return new OfficeSpan(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
        }
    }

    /** The bundled holiday arrangements: 2018–2019 (for the message data) and 2025–2026. */
    public static final String BUNDLED = "/calendar/cn-holidays.txt";

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpDays;
    private final List<OfficeSpan> office;
    private final ZoneId zone;

    public WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpDays, List<OfficeSpan> office, ZoneId zone) {
        this.holidays = Set.copyOf(holidays);
        this.makeUpDays = Set.copyOf(makeUpDays);
        this.office = List.copyOf(office);
        this.zone = zone;
    }

    /** The bundled arrangements with the given office hours, in the city's time zone. */
    public static WorkingCalendar bundled(List<OfficeSpan> office) {
        try (InputStream in = WorkingCalendar.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("missing " + BUNDLED);
            }
            return read(in, office, Period.CITY_ZONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The default office hours of the city's units: 09:00–12:00 and 13:30–17:30. */
    public static WorkingCalendar bundled() {
        return bundled(List.of(OfficeSpan.parse("09:00-12:00"), OfficeSpan.parse("13:30-17:30")));
    }

    static WorkingCalendar read(InputStream in, List<OfficeSpan> office, ZoneId zone) throws IOException {
        Set<LocalDate> off = new HashSet<>();
        Set<LocalDate> work = new HashSet<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] cells = l.split("\\s+");
            LocalDate day = LocalDate.parse(cells[0]);
            switch (cells[1]) {
                case "OFF" -> off.add(day);
                case "WORK" -> work.add(day);
                default -> throw new IllegalArgumentException("neither OFF nor WORK: " + line);
            }
        }
        return new WorkingCalendar(off, work, office, zone);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (makeUpDays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The first working day of a month: when the monthly bulletin (一月一通报) goes out. */
    public LocalDate firstWorkingDayOf(java.time.YearMonth month) {
        LocalDate day = month.atDay(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Office time between two instants, counting only office hours of working days; zero when {@code to} is not later. */
    public Duration workingTimeBetween(OffsetDateTime from, OffsetDateTime to) {
        if (from == null || to == null || !to.isAfter(from)) {
            return Duration.ZERO;
        }
        LocalDateTime start = from.atZoneSameInstant(zone).toLocalDateTime();
        LocalDateTime end = to.atZoneSameInstant(zone).toLocalDateTime();
        Duration total = Duration.ZERO;
        for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (OfficeSpan span : office) {
                LocalDateTime spanStart = day.atTime(span.start());
                LocalDateTime spanEnd = day.atTime(span.end());
                LocalDateTime a = start.isAfter(spanStart) ? start : spanStart;
                LocalDateTime b = end.isBefore(spanEnd) ? end : spanEnd;
                if (b.isAfter(a)) {
                    total = total.plus(Duration.between(a, b));
                }
            }
        }
        return total;
    }

    /**
     * The end of office hours of the {@code days}-th working day after the day of {@code from} (a time limit of
     * "N working days"), as an instant.
     */
    public OffsetDateTime plusWorkingDays(OffsetDateTime from, int days) {
        LocalDate day = from.atZoneSameInstant(zone).toLocalDate();
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            counted += isWorkingDay(day) ? 1 : 0;
        }
        LocalTime close = office.get(office.size() - 1).end();
        return day.atTime(close).atZone(zone).toOffsetDateTime();
    }

    /** Working hours between two instants, as a fraction. */
    public double workingHoursBetween(OffsetDateTime from, OffsetDateTime to) {
        return workingTimeBetween(from, to).toSeconds() / 3600.0;
    }
}
