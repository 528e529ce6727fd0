package gov.petition.intake.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;

/** Intake settings ({@code petition.intake.*}). */
@ConfigMapping(prefix = "petition.intake")
public interface IntakeConfig {

    /** Letter that starts every case number: the city's code. */
    @WithDefault("A")
    String casePrefix();

    /**
     * The key each channel front end authenticates with ({@code X-Channel-Key}), by channel name, e.g.
     * {@code petition.intake.channel-keys.HOTLINE_12345}. A channel without a key is open: citizens'
     * own submissions need no account. Set them from the environment, never in the repository.
     */
    Map<String, String> channelKeys();

    RateLimit rateLimit();

    /**
     * A file of places (tab-separated id, name, level, parent; the shape of the bundled
     * {@code directory/regions.tsv}) replacing the bundled list when the directory changes.
     */
    Optional<String> regionsFile();

    /** Submissions allowed per channel and minute, per intake instance. */
    interface RateLimit {
        @WithDefault("6000")
        int perMinute();

        /** Overrides by channel name, e.g. {@code petition.intake.rate-limit.channels.WEIBO=600}. */
        Map<String, Integer> channels();
    }
}
