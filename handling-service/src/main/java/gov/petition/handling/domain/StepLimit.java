package gov.petition.handling.domain;

import java.util.Objects;

/** The time limit of one step and when its clock starts. */
public record StepLimit(DeadlineStep step, TimeLimit limit, ClockStart from) {

    public StepLimit {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(from, "from");
    }
}
