package gov.petition.handling.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The time limits for the cases a rule matches: by first-level category, channel and urgency, each null for any.
 *
 * @param name    says which rule applied and on what it rests, for the timeline and for people checking it
 * @param channel as in the received event, e.g. {@code HOTLINE_12345}
 */
public record TimeLimitRule(String name, String category, String channel, Urgency urgency, List<StepLimit> limits) {

    public TimeLimitRule {
        Objects.requireNonNull(name, "name");
        limits = List.copyOf(limits);
        if (limits.isEmpty()) {
            throw new IllegalArgumentException("rule '" + name + "' sets no time limit");
        }
        Set<DeadlineStep> steps = EnumSet.noneOf(DeadlineStep.class);
        for (StepLimit limit : limits) {
            if (!steps.add(limit.step())) {
                throw new IllegalArgumentException("rule '" + name + "' limits " + limit.step() + " twice");
            }
        }
    }

    /** A rule for every case. */
    public static TimeLimitRule forAnyCase(String name, StepLimit... limits) {
        return new TimeLimitRule(name, null, null, null, List.of(limits));
    }

    /** A rule for every case of one urgency. */
    public static TimeLimitRule forUrgency(String name, Urgency urgency, StepLimit... limits) {
        return new TimeLimitRule(name, null, null, Objects.requireNonNull(urgency, "urgency"), List.of(limits));
    }

    public boolean matches(String caseCategory, String caseChannel, Urgency caseUrgency) {
        return (category == null || category.equals(caseCategory))
                && (channel == null || channel.equals(caseChannel))
                && (urgency == null || urgency == caseUrgency);
    }

    /** Whether it matches every case, as the last rule of a policy must. */
    public boolean matchesAnyCase() {
        return category == null && channel == null && urgency == null;
    }
}
