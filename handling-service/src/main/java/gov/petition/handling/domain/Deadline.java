package gov.petition.handling.domain;

import java.time.Instant;

/**
 * When one step of a case is due.
 *
 * @param provisional the span reaches a year whose official holidays are not installed, so holidays there were not
 *                    skipped; recompute once the year's calendar file is in place
 */
public record Deadline(DeadlineStep step, Instant due, TimeLimit limit, ClockStart from, boolean provisional) {
}
