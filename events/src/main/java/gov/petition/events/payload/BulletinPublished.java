package gov.petition.events.payload;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The monthly bulletin: the units flagged by the consecutive-month rules. Subject and key = the period.
 *
 * @param period  the month, e.g. 2026-11
 * @param flagged the units flagged, each with its flag
 */
public record BulletinPublished(String period, List<FlaggedUnit> flagged, OffsetDateTime at) {
    /**
     * One flagged unit.
     *
     * @param flag   CRITICISED (lowest satisfaction three months running) or CALLED_IN (bottom completion two months)
     * @param months the months the rule looked at, oldest first
     */
    public record FlaggedUnit(String unitId, String unitName, String flag, List<String> months) {
    }
}
