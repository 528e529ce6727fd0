package gov.petition.handling.domain;

import java.time.Duration;
import java.time.Instant;

/** How long a step may take: in working hours, working days, or plain calendar hours. */
public sealed interface TimeLimit {

    /** How a limit is counted, as stored and as the API shows it. */
    enum Kind { WORKING_HOURS, WORKING_DAYS, CALENDAR_HOURS }

    /** The limit of a kind and amount. */
    static TimeLimit of(Kind kind, int amount) {
        return switch (kind) {
            case WORKING_HOURS -> new WorkingHours(amount);
            case WORKING_DAYS -> new WorkingDays(amount);
            case CALENDAR_HOURS -> new CalendarHours(amount);
        };
    }

    Kind kind();

    /** The number of hours or days. */
    int amount();

    /** The deadline for a step whose clock starts at {@code start}. */
    Instant dueFrom(Instant start, WorkingCalendar calendar);

    /** Whether the limit depends on the holiday calendar (calendar-hour limits do not). */
    boolean countsWorkingTime();

    /** How people read it, e.g. {@code 5个工作日}. */
    String label();

    /** Office hours of working days only; see {@link WorkingCalendar#plusWorkingTime}. */
    record WorkingHours(int hours) implements TimeLimit {

        @Override
        public Kind kind() {
            return Kind.WORKING_HOURS;
        }

        @Override
        public int amount() {
            return hours;
        }

        public WorkingHours {
            if (hours < 1) {
                throw new IllegalArgumentException("working hours must be at least 1, was " + hours);
            }
        }

        @Override
        public Instant dueFrom(Instant start, WorkingCalendar calendar) {
            return calendar.plusWorkingTime(start, Duration.ofHours(hours));
        }

        @Override
        public boolean countsWorkingTime() {
            return true;
        }

        @Override
        public String label() {
            return hours + "个工作小时";
        }
    }

    /** Close of business of the n-th working day after the start day; see {@link WorkingCalendar#plusWorkingDays}. */
    record WorkingDays(int days) implements TimeLimit {

        @Override
        public Kind kind() {
            return Kind.WORKING_DAYS;
        }

        @Override
        public int amount() {
            return days;
        }

        public WorkingDays {
            if (days < 1) {
                throw new IllegalArgumentException("working days must be at least 1, was " + days);
            }
        }

        @Override
        public Instant dueFrom(Instant start, WorkingCalendar calendar) {
            return calendar.plusWorkingDays(start, days);
        }

        @Override
        public boolean countsWorkingTime() {
            return true;
        }

        @Override
        public String label() {
            return days + "个工作日";
        }
    }

    /** Round the clock, nights and holidays included: emergencies do not wait for office hours. */
    record CalendarHours(int hours) implements TimeLimit {

        @Override
        public Kind kind() {
            return Kind.CALENDAR_HOURS;
        }

        @Override
        public int amount() {
            return hours;
        }

        public CalendarHours {
            if (hours < 1) {
                throw new IllegalArgumentException("calendar hours must be at least 1, was " + hours);
            }
        }

        @Override
        public Instant dueFrom(Instant start, WorkingCalendar calendar) {
            return start.plus(Duration.ofHours(hours));
        }

        @Override
        public boolean countsWorkingTime() {
            return false;
        }

        @Override
        public String label() {
            return hours + "小时";
        }
    }
}
