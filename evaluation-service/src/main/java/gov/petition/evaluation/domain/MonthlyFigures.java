package gov.petition.evaluation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Counts a period's figures from one record per case, with the definitions of DESIGN.md section 2. Which month
 * a count belongs to:
 * <ul>
 *   <li>received, accepted, rejected, completed: cases received in the month, counted by what has happened to
 *   them since (so acceptance and completion rates are true fractions, like the published "749 received, 664
 *   accepted, 646 completed");</li>
 *   <li>repliesDue, repliedOnTime: cases whose reply deadline falls in the month, and of those the ones whose
 *   first reply came by it;</li>
 *   <li>rated and the verdicts, solved: ratings given in the month (the case's latest rating);</li>
 *   <li>avgReplyWorkingHours: cases first replied in the month, from receipt to reply, in office hours of
 *   working days on the {@link WorkingCalendar};</li>
 *   <li>notRated: reply rounds whose rating time ran out in the month (never counted as satisfied).</li>
 * </ul>
 */
public final class MonthlyFigures {

    /** The city's own id; its departments ({@code xd.a.*} outside a district) count only in the city total. */
    public static final String CITY = "xd.a";
    private static final Pattern DISTRICT = Pattern.compile("^(xd\\.a\\.a\\d+)(\\..*)?$");

    /** A period's figures per unit, per district and for the whole city. */
    public record Breakdown(List<UnitFigures> units, List<UnitFigures> districts, UnitFigures city) {
    }

    private MonthlyFigures() {
    }

    public static Breakdown of(Collection<CaseRecord> cases, Period period) {
        return of(cases, period, WorkingCalendar.bundled());
    }

    public static Breakdown of(Collection<CaseRecord> cases, Period period, WorkingCalendar calendar) {
        List<CaseRecord> withUnit = cases.stream().filter(c -> c.unitId() != null).toList();
        List<UnitFigures> units = grouped(withUnit, CaseRecord::unitId, period, calendar);
        List<UnitFigures> districts = grouped(withUnit.stream().filter(c -> districtOf(c.unitId()) != null).toList(),
                c -> districtOf(c.unitId()), period, calendar);
        return new Breakdown(units, districts, UnitFigures.of(count(CITY, withUnit, period, calendar), List.of()));
    }

    /** The district a unit belongs to ({@code xd.a.a3} for {@code xd.a.a3.jyj}), or null for city-level units. */
    public static String districtOf(String unitId) {
        Matcher m = DISTRICT.matcher(unitId);
        return m.matches() ? m.group(1) : null;
    }

    public static UnitCounts count(String id, Collection<CaseRecord> cases, Period period) {
        return count(id, cases, period, WorkingCalendar.bundled());
    }

    public static UnitCounts count(String id, Collection<CaseRecord> cases, Period period, WorkingCalendar calendar) {
        long received = 0, accepted = 0, rejected = 0, completed = 0, repliesDue = 0, repliedOnTime = 0;
        long rated = 0, satisfied = 0, basically = 0, unsatisfied = 0, solved = 0, replied = 0, notRated = 0;
        long replySeconds = 0;
        for (CaseRecord c : cases) {
            if (period.contains(c.receivedAt())) {
                received++;
                accepted += c.acceptedAt() != null ? 1 : 0;
                rejected += c.rejectedAt() != null ? 1 : 0;
                completed += c.completedAt() != null ? 1 : 0;
            }
            if (period.contains(c.replyDue())) {
                repliesDue++;
                repliedOnTime += c.repliedAt() != null && !c.repliedAt().isAfter(c.replyDue()) ? 1 : 0;
            }
            if (period.contains(c.ratedAt()) && c.rating() != null) {
                rated++;
                switch (c.rating()) {
                    case SATISFIED -> satisfied++;
                    case BASICALLY_SATISFIED -> basically++;
                    case UNSATISFIED -> unsatisfied++;
                }
                solved += Boolean.TRUE.equals(c.solved()) ? 1 : 0;
            }
            if (period.contains(c.repliedAt()) && c.receivedAt() != null && !c.repliedAt().isBefore(c.receivedAt())) {
                replied++;
                replySeconds += calendar.workingTimeBetween(c.receivedAt(), c.repliedAt()).toSeconds();
            }
            notRated += period.contains(c.ratingExpiredAt()) ? 1 : 0;
        }
        Double avgReplyHours = replied == 0 ? null : Math.round(replySeconds / 3600.0 / replied * 10) / 10.0;
        return new UnitCounts(id, received, accepted, rejected, repliesDue, repliedOnTime, completed, rated, satisfied,
                basically, unsatisfied, solved, avgReplyHours, notRated);
    }

    private static List<UnitFigures> grouped(List<CaseRecord> cases, Function<CaseRecord, String> key, Period period,
                                             WorkingCalendar calendar) {
        Map<String, List<CaseRecord>> byKey = cases.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        return byKey.entrySet().stream()
                .map(e -> UnitFigures.of(count(e.getKey(), e.getValue(), period, calendar), List.of()))
                .toList();
    }
}
