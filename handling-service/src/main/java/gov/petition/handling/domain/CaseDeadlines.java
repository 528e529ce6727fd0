package gov.petition.handling.domain;

import java.util.List;
import java.util.Optional;

/**
 * A case's deadlines under the rule that matched it.
 *
 * @param deadlines in the rule's order; a step whose clock has not started yet (its event not yet arrived) is absent
 */
public record CaseDeadlines(String rule, List<Deadline> deadlines) {

    public CaseDeadlines {
        deadlines = List.copyOf(deadlines);
    }

    public Optional<Deadline> of(DeadlineStep step) {
        return deadlines.stream().filter(d -> d.step() == step).findFirst();
    }
}
