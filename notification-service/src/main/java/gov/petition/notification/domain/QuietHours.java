package gov.petition.notification.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A nightly period in which no text message is sent (e.g. 22:00–08:00 Asia/Shanghai); a message due in it
 * waits until the period ends. A period whose start is after its end runs over midnight.
 */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

    /** When a message due at {@code at} may go: empty if it may go now, else the end of the quiet period it falls in. */
    public Optional<Instant> deferral(Instant at) {
        if (start.equals(end)) {
            return Optional.empty(); // no quiet period
        }
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean overMidnight = start.isAfter(end);
        boolean quiet = overMidnight ? !time.isBefore(start) || time.isBefore(end) : !time.isBefore(start) && time.isBefore(end);
        if (!quiet) {
            return Optional.empty();
        }
        ZonedDateTime endToday = local.with(end);
        // before midnight in an over-midnight period, the quiet time ends tomorrow morning
        ZonedDateTime ends = overMidnight && !time.isBefore(start) ? endToday.plusDays(1) : endToday;
        return Optional.of(ends.toInstant());
    }
}
