package gov.petition.evaluation.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The consecutive-month rules: a unit with the lowest satisfaction rate three months running is criticised in
 * the bulletin (Chengdu); a unit last in completion rate two months running is called in (Guangyuan, 约谈).
 * A month's lowest is every unit sharing the lowest rate among units with something to judge by (a rate
 * that is null, nothing rated or nothing accepted, is not a low rate).
 */
public final class UnitFlags {

    public static final String CRITICISED = "CRITICISED";
    public static final String CALLED_IN = "CALLED_IN";
    public static final int CRITICISED_MONTHS = 3;
    public static final int CALLED_IN_MONTHS = 2;

    /** One unit flagged by one rule, with the months the rule looked at, oldest first. */
    public record Flag(String unitId, String flag, List<String> months) {
    }

    private UnitFlags() {
    }

    /** The months a period's flags look at: the period and the two before it, oldest first. */
    public static List<YearMonth> monthsFor(YearMonth period) {
        return List.of(period.minusMonths(2), period.minusMonths(1), period);
    }

    /** The flags of {@code period}, given each month's unit figures (at least the months of {@link #monthsFor}). */
    public static List<Flag> of(YearMonth period, Map<YearMonth, List<UnitFigures>> figuresByMonth) {
        List<Flag> flags = new ArrayList<>();
        rule(period, figuresByMonth, CRITICISED, CRITICISED_MONTHS, UnitFigures::satisfactionRate, flags);
        rule(period, figuresByMonth, CALLED_IN, CALLED_IN_MONTHS, UnitFigures::completionRate, flags);
        flags.sort(Comparator.comparing(Flag::unitId).thenComparing(Flag::flag));
        return flags;
    }

    /** The flags per unit, for the report's {@code flags} field. */
    public static Map<String, List<String>> byUnit(List<Flag> flags) {
        Map<String, List<String>> byUnit = new LinkedHashMap<>();
        flags.forEach(f -> byUnit.computeIfAbsent(f.unitId(), u -> new ArrayList<>()).add(f.flag()));
        return byUnit;
    }

    private static void rule(YearMonth period, Map<YearMonth, List<UnitFigures>> figuresByMonth, String flag, int months,
                             Function<UnitFigures, Double> rate, List<Flag> out) {
        Set<String> lowestEveryMonth = null;
        List<String> looked = new ArrayList<>();
        for (int back = months - 1; back >= 0; back--) {
            YearMonth month = period.minusMonths(back);
            looked.add(month.toString());
            Set<String> lowest = lowest(figuresByMonth.getOrDefault(month, List.of()), rate);
            if (lowestEveryMonth == null) {
                lowestEveryMonth = lowest;
            } else {
                lowestEveryMonth.retainAll(lowest);
            }
        }
        lowestEveryMonth.forEach(unit -> out.add(new Flag(unit, flag, List.copyOf(looked))));
    }

    static Set<String> lowest(List<UnitFigures> units, Function<UnitFigures, Double> rate) {
        Map<Double, List<String>> byRate = units.stream().filter(u -> rate.apply(u) != null)
                .collect(Collectors.groupingBy(rate, TreeMap::new, Collectors.mapping(UnitFigures::unitId, Collectors.toList())));
        if (byRate.size() < 2) {
            return new TreeSet<>(); // one unit, or all equal: nobody is behind the others
        }
        return new TreeSet<>(Objects.requireNonNull(((TreeMap<Double, List<String>>) byRate).firstEntry()).getValue());
    }
}
