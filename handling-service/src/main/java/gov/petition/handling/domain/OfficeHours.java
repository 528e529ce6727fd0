package gov.petition.handling.domain;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The office sessions of a working day, in local time; working-hour limits count only time inside them.
 *
 * @param sessions in time order, not overlapping; the gaps between them (lunch) are not working time
 */
public record OfficeHours(List<Session> sessions) {

    /**
     * 09:00-12:00 and 13:00-17:00, seven hours a day: the most common schedule of Chinese government offices.
     * Many places shift it by season or region (e.g. 08:30-12:00, 14:30-17:30 in summer), so it is configurable.
     */
    public static final OfficeHours DEFAULT = parse("09:00-12:00,13:00-17:00");

    public OfficeHours {
        sessions = List.copyOf(sessions);
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("office hours need at least one session");
        }
        for (int i = 1; i < sessions.size(); i++) {
            if (sessions.get(i).start().isBefore(sessions.get(i - 1).end())) {
                throw new IllegalArgumentException("office sessions must be in time order without overlap: " + sessions);
            }
        }
    }

    /** Reads {@code "09:00-12:00,13:00-17:00"}, the form used in configuration. */
    public static OfficeHours parse(String text) {
        List<Session> sessions = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] bounds = part.strip().split("-");
            if (bounds.length != 2) {
                throw new IllegalArgumentException("office session '" + part.strip() + "' is not like 09:00-12:00");
            }
            try {
                sessions.add(new Session(LocalTime.parse(bounds[0].strip()), LocalTime.parse(bounds[1].strip())));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("office session '" + part.strip() + "' is not like 09:00-12:00", e);
            }
        }
        return new OfficeHours(sessions);
    }

    /** Working time in one full working day. */
    public Duration perDay() {
        return sessions.stream().map(Session::length).reduce(Duration.ZERO, Duration::plus);
    }

    /** The end of the last session: the close of business. */
    public LocalTime closing() {
        return sessions.get(sessions.size() - 1).end();
    }

    /** One continuous stretch of office time within a day. */
    public record Session(LocalTime start, LocalTime end) {

        public Session {
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("office session must start before it ends: " + start + "-" + end);
            }
        }

        public Duration length() {
            return Duration.between(start, end);
        }

        @Override
        public String toString() {
            return start + "-" + end;
        }
    }
}
