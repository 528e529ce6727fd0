package gov.petition.events.payload;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Many similar cases in one area within a window (Chengdu's old lifts). Subject and key = the hot spot id.
 *
 * @param hotspotId     stable for one place and topic, so a growing hot spot is reported under one id
 * @param regionCode    the area, as a directory unit id or region code
 * @param placeName     the area's name
 * @param keywords      the words the cases share (Chinese-aware segmentation)
 * @param caseIds       the cases in the window
 * @param windowStart   start of the window
 * @param windowEnd     end of the window
 * @param previousCount cases in the window before, for the trend
 * @param trend         RISING, STEADY or FALLING
 */
public record HotspotDetected(String hotspotId, String regionCode, String placeName, List<String> keywords,
                              List<String> caseIds, OffsetDateTime windowStart, OffsetDateTime windowEnd,
                              int previousCount, String trend, OffsetDateTime at) {
}
