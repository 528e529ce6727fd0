package gov.petition.evaluation.domain;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;

/** A calendar month in the city's time zone, as a half-open interval of instants. */
public record Period(YearMonth month, OffsetDateTime from, OffsetDateTime to) {

    /** The city's clock: a case received at 23:30 on the last day of the month counts in that month. */
    public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

    public static Period of(YearMonth month) {
        return new Period(month, month.atDay(1).atStartOfDay(CITY_ZONE).toOffsetDateTime(),
                month.plusMonths(1).atDay(1).atStartOfDay(CITY_ZONE).toOffsetDateTime());
    }

    public boolean contains(OffsetDateTime instant) {
        return instant != null && !instant.isBefore(from) && instant.isBefore(to);
    }

    @Override
    public String toString() {
        return month.toString();
    }
}
