package gov.petition.handling.domain;

import java.util.Optional;

/** Where a {@link WorkingCalendar} finds each year's official holiday arrangement. */
@FunctionalInterface
public interface HolidayArrangements {

    /** The year's arrangement, or empty when it has not been published or not been installed. */
    Optional<HolidayArrangement> forYear(int year);

    /** No arrangements at all: every year is plain weekends (for tests and for places without a calendar). */
    static HolidayArrangements none() {
        return year -> Optional.empty();
    }
}
