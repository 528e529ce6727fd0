package gov.petition.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Intake settings ({@code petition.intake.*}). */
@ConfigMapping(prefix = "petition.intake")
public interface IntakeConfig {

    /** Letter that starts every case number: the city's code. */
    @WithDefault("A")
    String casePrefix();
}
