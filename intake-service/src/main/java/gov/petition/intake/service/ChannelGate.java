package gov.petition.intake.service;

import gov.petition.http.ProblemException;
import gov.petition.intake.config.IntakeConfig;
import gov.petition.intake.domain.Channel;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Lets a channel's submission in: checks the channel's key where one is configured, then its rate limit. */
@ApplicationScoped
public class ChannelGate {

    private final Map<Channel, String> keys = new EnumMap<>(Channel.class);
    private final Map<Channel, Bucket> buckets = new EnumMap<>(Channel.class);

    public ChannelGate(IntakeConfig config) {
        config.channelKeys().forEach((channel, key) -> keys.put(Channel.valueOf(channel), key));
        for (Channel channel : Channel.values()) {
            int perMinute = config.rateLimit().channels().getOrDefault(channel.name(), config.rateLimit().perMinute());
            buckets.put(channel, Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                    .build());
        }
    }

    public void admit(Channel channel, String presentedKey) {
        String key = keys.get(channel);
        if (key != null && (presentedKey == null || !MessageDigest.isEqual(
                key.getBytes(StandardCharsets.UTF_8), presentedKey.getBytes(StandardCharsets.UTF_8)))) {
            throw ProblemException.unauthorized("Channel " + channel + " must present its key in X-Channel-Key");
        }
        ConsumptionProbe probe = buckets.get(channel).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw ProblemException.tooManyRequests("Channel " + channel + " is over its rate limit; retry later",
                    TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        }
    }
}
