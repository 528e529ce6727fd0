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
 * @param channelDetails what only some channels have: the hotline call and the agent who recorded it, the Weibo or
 *                     WeChat post and handle, the forum thread; null when the channel has none
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
        OffsetDateTime receivedAt,
        ChannelDetails channelDetails) {

    /** A petition with no channel-specific details. */
    public CaseReceived(String caseId, String trackingCode, String channel, String externalId, String title,
                        String content, String addressee, String category, Location location, Citizen citizen,
                        String disclosure, OffsetDateTime receivedAt) {
        this(caseId, trackingCode, channel, externalId, title, content, addressee, category, location, citizen,
                disclosure, receivedAt, null);
    }

    /** Where the matter is. */
    public record Location(String regionCode, String address, Double lat, Double lon) {
    }

    /** How to reach the citizen; all null when anonymous. */
    public record Citizen(String name, String phone, String email, boolean anonymous) {
    }

    /**
     * Channel-specific fields.
     *
     * @param callId     the 12345 hotline call id
     * @param agentId    the hotline agent who recorded the call on the caller's behalf
     * @param agentName  the agent's name
     * @param postId     the Weibo post or WeChat/Alipay message id
     * @param userHandle the citizen's Weibo/WeChat handle, for answering on that channel
     * @param threadId   the forum thread
     */
    public record ChannelDetails(String callId, String agentId, String agentName, String postId, String userHandle,
                                 String threadId) {
    }
}
