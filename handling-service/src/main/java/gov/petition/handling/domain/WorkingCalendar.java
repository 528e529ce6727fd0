package gov.petition.handling.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working time in one time zone: weekends, official holidays, make-up working days (调休) and office hours; the
 * clock that working-day and working-hour time limits run on.
 */
public final class WorkingCalendar {

    /** Mainland China, where all official holiday arrangements apply. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final System.Logger LOG = System.getLogger(WorkingCalendar.class.getName());

    private final ZoneId zone;
    private final OfficeHours officeHours;
    private final HolidayArrangements arrangements;
    // each year is read once; a missing year is remembered as empty, so it is logged once, not per deadline
    private final Map<Integer, Optional<HolidayArrangement>> byYear = new ConcurrentHashMap<>();

    public WorkingCalendar(ZoneId zone, OfficeHours officeHours, HolidayArrangements arrangements) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.officeHours = Objects.requireNonNull(officeHours, "officeHours");
        this.arrangements = Objects.requireNonNull(arrangements, "arrangements");
    }

    /** Asia/Shanghai, {@link OfficeHours#DEFAULT}, and the arrangements shipped under {@code calendar/}. */
    public static WorkingCalendar china() {
        return new WorkingCalendar(CHINA, OfficeHours.DEFAULT, new HolidayArrangementFiles());
    }

    public ZoneId zone() {
        return zone;
    }

    public OfficeHours officeHours() {
        return officeHours;
    }

    /** Monday to Friday unless the year's arrangement makes it a holiday; a weekend day only as a make-up working day. */
    public boolean isWorkingDay(LocalDate date) {
        return arrangement(date.getYear()).flatMap(a -> a.kindOf(date))
                .map(kind -> kind == DayKind.WORKDAY)
                .orElseGet(() -> !HolidayArrangement.isWeekend(date));
    }

    /**
     * Installs a year's arrangement loaded at run time (next year's notice, or a corrected one); it takes the place of
     * the shipped file for every deadline computed from now on. Deadlines already computed stay as they were.
     */
    public void install(HolidayArrangement arrangement) {
        byYear.put(arrangement.year(), Optional.of(arrangement));
    }

    /** The year's arrangement in use, if any. */
    public Optional<HolidayArrangement> arrangementOf(int year) {
        return arrangement(year);
    }

    /** Whether the year's official arrangement is installed; without it the year counts plain weekends only. */
    public boolean hasOfficialArrangement(int year) {
        return arrangement(year).isPresent();
    }

    /**
     * Whether every year the span touches has its official arrangement; when not, a deadline in that span is
     * provisional (holidays not yet published are not skipped) and should be recomputed once the file is installed.
     */
    public boolean isOfficialBetween(Instant from, Instant to) {
        int first = Math.min(localDate(from).getYear(), localDate(to).getYear());
        int last = Math.max(localDate(from).getYear(), localDate(to).getYear());
        for (int year = first; year <= last; year++) {
            if (!hasOfficialArrangement(year)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The deadline of "within {@code days} working days": the close of business of the {@code days}-th working day
     * after the day of {@code from}. The day of receipt never counts, whatever the hour, as periods counted in days
     * start on the following day (民法典 art. 201, 开始的当日不计入); so a case received on Monday at 10:00 with
     * 1 working day is due on Tuesday at close of business, and one received on Saturday is due on Monday's close.
     */
    public Instant plusWorkingDays(Instant from, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("working days must be at least 1, was " + days);
        }
        LocalDate date = localDate(from);
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return at(date, officeHours.closing());
    }

    /**
     * The instant when {@code workingTime} of office time has passed since {@code from}, counting only office
     * sessions of working days (no lunch, nights, weekends or holidays; make-up days count). Time starts at the next
     * opening when {@code from} is outside office hours, and a limit used up exactly at a session's end is due then,
     * not at the next opening.
     */
    public Instant plusWorkingTime(Instant from, Duration workingTime) {
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException("working time must not be negative, was " + workingTime);
        }
        if (workingTime.isZero()) {
            return from;
        }
        Duration remaining = workingTime;
        Instant cursor = from;
        for (LocalDate date = localDate(from); ; date = date.plusDays(1)) {
            if (!isWorkingDay(date)) {
                continue;
            }
            for (OfficeHours.Session session : officeHours.sessions()) {
                Instant start = latest(at(date, session.start()), cursor);
                Instant end = at(date, session.end());
                if (!start.isBefore(end)) {
                    continue;
                }
                Duration available = Duration.between(start, end);
                if (remaining.compareTo(available) <= 0) {
                    return start.plus(remaining);
                }
                remaining = remaining.minus(available);
                cursor = end;
            }
        }
    }

    /**
     * Office time of working days between two instants (the "working hours" a reply took); negative when
     * {@code to} is before {@code from}, like {@link Duration#between}.
     */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return workingTimeBetween(to, from).negated();
        }
        Duration total = Duration.ZERO;
        LocalDate last = localDate(to);
        for (LocalDate date = localDate(from); !date.isAfter(last); date = date.plusDays(1)) {
            if (!isWorkingDay(date)) {
                continue;
            }
            for (OfficeHours.Session session : officeHours.sessions()) {
                Instant start = latest(at(date, session.start()), from);
                Instant end = earliest(at(date, session.end()), to);
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    private Optional<HolidayArrangement> arrangement(int year) {
        return byYear.computeIfAbsent(year, y -> {
            Optional<HolidayArrangement> found = arrangements.forYear(y);
            if (found.isEmpty()) {
                LOG.log(System.Logger.Level.WARNING,
                        "no official holiday arrangement for {0}: counting plain weekends only; install calendar/{1}",
                        String.valueOf(y), HolidayArrangementFiles.fileName(y));
            }
            return found;
        });
    }

    private LocalDate localDate(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    private Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(zone).toInstant();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
