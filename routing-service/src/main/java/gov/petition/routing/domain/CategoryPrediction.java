package gov.petition.routing.domain;

import java.util.List;

/**
 * The category a classifier picked for a message, its probability, whether that is enough to route on
 * ({@code confident}), and the next likeliest categories with theirs.
 */
public record CategoryPrediction(String category, double confidence, boolean confident, List<Alternative> alternatives) {

    /** Another category the message may belong to. */
    public record Alternative(String category, double probability) {
    }
}
