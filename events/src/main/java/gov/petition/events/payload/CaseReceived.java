package gov.petition.events.payload;

import java.time.OffsetDateTime;

/**
 * A petition was received by intake and became a case.
 *
 * @param caseId       the human-readable case number, also the CloudEvents subject and Kafka key
 * @param trackingCode the secret the citizen uses to follow the case (sent to them once, on receipt)
 * @param channel      where it came from (MAILBOX, FORUM, HOTLINE_12345, APP, WEIBO, WECHAT, ...)
 * @param externalId   the channel's own message id
 * @param addressee    free text naming the official or mailbox written to, if any
 * @param category     first-level category the citizen chose, if any
 * @param disclosure   PUBLIC or PRIVATE
 */
public record CaseReceived(
        String caseId,
        String trackingCode,
        String channel,
        String externalId,
        String title,
        String content,
        String addressee,
        String category,
        Location location,
        Citizen citizen,
        String disclosure,
        OffsetDateTime receivedAt) {

    /** Where the matter is. */
    public record Location(String regionCode, String address, Double lat, Double lon) {
    }

    /** How to reach the citizen; all null when anonymous. */
    public record Citizen(String name, String phone, String email, boolean anonymous) {
    }
}
