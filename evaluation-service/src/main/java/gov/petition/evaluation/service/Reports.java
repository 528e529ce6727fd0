package gov.petition.evaluation.service;

import gov.petition.evaluation.domain.CaseRecord;
import gov.petition.evaluation.domain.MonthlyFigures;
import gov.petition.evaluation.domain.Period;
import gov.petition.evaluation.domain.UnitFigures;
import gov.petition.evaluation.domain.UnitFlags;
import gov.petition.evaluation.domain.WorkingCalendar;
import gov.petition.evaluation.repository.CaseFact;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A period's figures with the flags of the consecutive-month rules, which need the months before it too. */
@ApplicationScoped
public class Reports {

    /** The period's breakdown (units flagged), the flags themselves and the units' names where known. */
    public record Flagged(Period period, MonthlyFigures.Breakdown figures, List<UnitFlags.Flag> flags, Map<String, String> unitNames) {
    }

    private final WorkingCalendar calendar;

    public Reports(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** Must run inside a Panache session. */
    public Uni<Flagged> of(Period period) {
        Map<YearMonth, List<UnitFigures>> byMonth = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        MonthlyFigures.Breakdown[] current = new MonthlyFigures.Breakdown[1];
        for (YearMonth month : UnitFlags.monthsFor(period.month())) {
            Period p = Period.of(month);
            chain = chain.chain(() -> CaseFact.inPeriod(p).invoke(cases -> {
                MonthlyFigures.Breakdown b = MonthlyFigures.of(cases, p, calendar);
                byMonth.put(month, b.units());
                if (month.equals(period.month())) {
                    current[0] = b;
                    names.putAll(unitNames(cases));
                }
            }).replaceWithVoid());
        }
        return chain.map(ignored -> {
            List<UnitFlags.Flag> flags = UnitFlags.of(period.month(), byMonth);
            Map<String, List<String>> byUnit = UnitFlags.byUnit(flags);
            MonthlyFigures.Breakdown b = current[0];
            List<UnitFigures> units = b.units().stream().map(u -> u.withFlags(byUnit.getOrDefault(u.unitId(), List.of()))).toList();
            return new Flagged(period, new MonthlyFigures.Breakdown(units, b.districts(), b.city()), flags, names);
        });
    }

    private static Map<String, String> unitNames(List<CaseRecord> cases) {
        Map<String, String> names = new HashMap<>();
        cases.forEach(c -> {
            if (c.unitId() != null && c.unitName() != null) {
                names.putIfAbsent(c.unitId(), c.unitName());
            }
        });
        return names;
    }
}
