package gov.petition.evaluation.domain;

import java.util.Comparator;
import java.util.function.Function;

/** What the units of a ranking are ordered by, best first (年度排名: volume, reply rate, completion rate, satisfaction). */
public enum RankingOrder {
    VOLUME("受理量", f -> (double) f.received()),
    REPLY_RATE("按时答复率", UnitFigures::replyRate),
    COMPLETION_RATE("办结率", UnitFigures::completionRate),
    SATISFACTION("满意率", UnitFigures::satisfactionRate);

    private final String label;
    private final Function<UnitFigures, Double> value;

    RankingOrder(String label, Function<UnitFigures, Double> value) {
        this.label = label;
        this.value = value;
    }

    public String label() {
        return label;
    }

    public Double valueOf(UnitFigures figures) {
        return value.apply(figures);
    }

    /** Highest first; units with nothing to judge by (null) last; ties by unit id, so the order is stable. */
    public Comparator<UnitFigures> bestFirst() {
        return Comparator.comparing(value, Comparator.nullsLast(Comparator.<Double>reverseOrder()))
                .thenComparing(UnitFigures::unitId);
    }
}
