package gov.petition.evaluation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Evaluation settings ({@code petition.evaluation.*}). */
@ConfigMapping(prefix = "petition.evaluation")
public interface EvaluationConfig {

    /**
     * How many times an unsatisfied, unsolved rating sends a case back to the unit; after that the case waits
     * for third-party review (第三方评议) instead.
     */
    @WithDefault("2")
    int maxReopenRounds();
}
