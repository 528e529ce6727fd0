package gov.petition.handling.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One year's official holiday arrangement (the State Council's 部分节假日安排): the days off and the make-up
 * working days; every other day follows the plain week.
 *
 * @param days   the days that differ from the plain week
 * @param source where the arrangement comes from, for logs and for people checking a deadline
 */
public record HolidayArrangement(int year, Map<LocalDate, DayKind> days, String source) {

    private static final String SOURCE_PREFIX = "# source:";

    public HolidayArrangement {
        days = Map.copyOf(days);
        for (Map.Entry<LocalDate, DayKind> day : days.entrySet()) {
            if (day.getKey().getYear() != year) {
                throw new IllegalArgumentException(day.getKey() + " is not in " + year);
            }
            // a make-up working day on a weekday would be a typo that silently changes nothing
            if (day.getValue() == DayKind.WORKDAY && !isWeekend(day.getKey())) {
                throw new IllegalArgumentException(day.getKey() + " is a weekday, so it cannot be a make-up working day");
            }
        }
    }

    /** How the arrangement marks the date, or empty when the date follows the plain week. */
    public Optional<DayKind> kindOf(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /**
     * Reads the tab-separated calendar format of {@code calendar/cn-<year>.tsv}: one {@code date kind occasion}
     * line per differing day, {@code #} comments, and an optional {@code # source:} line naming the notice.
     *
     * @param origin the file the text came from, named in errors
     * @throws IllegalArgumentException naming the line when the text is malformed
     */
    public static HolidayArrangement parse(int year, BufferedReader text, String origin) {
        Map<LocalDate, DayKind> days = new TreeMap<>();
        String source = origin;
        int lineNumber = 0;
        try {
            for (String line = text.readLine(); line != null; line = text.readLine()) {
                lineNumber++;
                String trimmed = line.strip();
                if (trimmed.startsWith(SOURCE_PREFIX)) {
                    source = trimmed.substring(SOURCE_PREFIX.length()).strip();
                    continue;
                }
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] columns = trimmed.split("\t");
                if (columns.length < 2) {
                    throw new IllegalArgumentException("%s:%d: expected 'date<TAB>kind', got '%s'".formatted(origin, lineNumber, trimmed));
                }
                LocalDate date;
                DayKind kind;
                try {
                    date = LocalDate.parse(columns[0].strip());
                    kind = DayKind.valueOf(columns[1].strip());
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    throw new IllegalArgumentException("%s:%d: %s".formatted(origin, lineNumber, e.getMessage()), e);
                }
                if (days.put(date, kind) != null) {
                    throw new IllegalArgumentException("%s:%d: %s is listed twice".formatted(origin, lineNumber, date));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + origin, e);
        }
        try {
            return new HolidayArrangement(year, days, source);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(origin + ": " + e.getMessage(), e);
        }
    }
}
