package gov.petition.evaluation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

/** Evaluation settings ({@code petition.evaluation.*}). */
@ConfigMapping(prefix = "petition.evaluation")
public interface EvaluationConfig {

    /**
     * How many times an unsatisfied, unsolved rating sends a case back to the unit; after that the case goes to
     * third-party review (第三方评议) instead.
     */
    @WithDefault("2")
    int maxReopenRounds();

    /** Days after completion (办结) the return visit (回访) is due. */
    @WithDefault("7")
    int returnVisitDays();

    /** How long the citizen has to rate a reply; after that the round counts as not rated (never as satisfied). */
    @WithDefault("P15D")
    Duration ratingTime();

    /** Office hours of a working day, for reply times in working hours, e.g. {@code 09:00-12:00,13:30-17:30}. */
    @WithDefault("09:00-12:00,13:30-17:30")
    List<String> officeHours();

    /** The timed jobs: rating expiry and the monthly bulletin. */
    Jobs jobs();

    /** Third-party review and evaluation panels. */
    Panels panels();

    /** Repeated problems (Guangyuan: the same problem unresolved twice goes to supervision). */
    Recurrence recurrence();

    /** Hot spots: many similar cases in one place within a window. */
    Hotspots hotspots();

    /** Timed jobs; every instance may run them, rows are claimed with {@code for update skip locked}. */
    interface Jobs {
        @WithDefault("true")
        boolean enabled();

        /** How often due ratings are looked for. */
        @WithDefault("PT10S")
        Duration ratingExpiryPoll();

        /** How often the bulletin job checks whether today is the first working day of a month. */
        @WithDefault("PT10M")
        Duration bulletinPoll();

        /** The hour (city time) on the first working day after which the previous month's bulletin goes out. */
        @WithDefault("9")
        int bulletinHour();
    }

    interface Panels {
        /** Members drawn for a review or an evaluation: one of each role first, then at random. */
        @WithDefault("5")
        int size();

        /** Completed cases sampled for a unit's monthly third-party evaluation. */
        @WithDefault("5")
        int sampleSize();
    }

    interface Recurrence {
        /** Term similarity (0..1) from which two of a citizen's cases are the same problem. */
        @WithDefault("0.5")
        double similarity();
    }

    interface Hotspots {
        /** Similar cases in one place within the window that make a hot spot. */
        @WithDefault("5")
        int minCases();

        /** The window, in days. */
        @WithDefault("30")
        int windowDays();

        /** Term similarity (0..1) from which two cases are about the same thing. */
        @WithDefault("0.35")
        double similarity();
    }
}
