package gov.petition.evaluation;

import gov.petition.evaluation.domain.PanelDraw;
import gov.petition.evaluation.domain.ProblemTerms;
import gov.petition.evaluation.domain.RankingOrder;
import gov.petition.evaluation.domain.UnitCounts;
import gov.petition.evaluation.domain.UnitFigures;
import gov.petition.evaluation.domain.UnitFlags;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitFlagsTest {

    /** A unit with the given satisfied-of-10 and completed-of-10. */
    private static UnitFigures unit(String id, int satisfied, int completed) {
        return UnitFigures.of(new UnitCounts(id, 10, 10, 0, 0, 0, completed, 10, satisfied, 0, 10 - satisfied, 0, null), List.of());
    }

    @Test
    void lowestSatisfactionThreeMonthsRunningIsCriticisedAndBottomCompletionTwoMonthsIsCalledIn() {
        YearMonth nov = YearMonth.of(2026, 11);
        Map<YearMonth, List<UnitFigures>> months = Map.of(
                nov.minusMonths(2), List.of(unit("a", 5, 9), unit("b", 9, 9), unit("c", 8, 6)),
                nov.minusMonths(1), List.of(unit("a", 4, 9), unit("b", 9, 5), unit("c", 8, 5)),
                nov, List.of(unit("a", 6, 9), unit("b", 9, 4), unit("c", 9, 4)));

        List<UnitFlags.Flag> flags = UnitFlags.of(nov, months);

        assertEquals(List.of(
                new UnitFlags.Flag("a", UnitFlags.CRITICISED, List.of("2026-09", "2026-10", "2026-11")),
                new UnitFlags.Flag("b", UnitFlags.CALLED_IN, List.of("2026-10", "2026-11")),
                new UnitFlags.Flag("c", UnitFlags.CALLED_IN, List.of("2026-10", "2026-11"))), flags);
        // One month missing breaks the run.
        assertTrue(UnitFlags.of(nov, Map.of(nov, months.get(nov))).isEmpty());
    }

    @Test
    void rankingsPutTheBestFirstAndUnitsWithNothingToJudgeLast() {
        UnitFigures none = UnitFigures.of(UnitCounts.receivedOnly("z", 30), List.of());
        List<UnitFigures> byCompletion = List.of(unit("a", 5, 9), none, unit("b", 9, 4)).stream()
                .sorted(RankingOrder.COMPLETION_RATE.bestFirst()).toList();
        assertEquals(List.of("a", "b", "z"), byCompletion.stream().map(UnitFigures::unitId).toList());
        List<UnitFigures> byVolume = List.of(unit("a", 5, 9), none).stream().sorted(RankingOrder.VOLUME.bestFirst()).toList();
        assertEquals("z", byVolume.get(0).unitId());
    }

    @Test
    void aPanelHasOneOfEachRoleBeforeAnyoneElse() {
        List<PanelDraw.Candidate> pool = List.of(
                new PanelDraw.Candidate("e1", "王", "EXPERT"), new PanelDraw.Candidate("e2", "李", "EXPERT"),
                new PanelDraw.Candidate("e3", "张", "EXPERT"), new PanelDraw.Candidate("d1", "刘", "DEPUTY"),
                new PanelDraw.Candidate("l1", "周", "LAWYER"), new PanelDraw.Candidate("c1", "朱", "CITIZEN_REPRESENTATIVE"));
        for (int seed = 0; seed < 20; seed++) {
            List<PanelDraw.Candidate> panel = PanelDraw.draw(pool, 5, new Random(seed));
            assertEquals(5, panel.size());
            assertEquals(4, panel.stream().map(PanelDraw.Candidate::role).distinct().count());
            assertEquals(5, panel.stream().distinct().count());
        }
    }

    @Test
    void chineseTextsAboutTheSameThingAreSimilar() {
        ProblemTerms terms = new ProblemTerms();
        var lift1 = terms.of("老旧小区电梯经常停运，老人上下楼困难，请求加装电梯");
        var lift2 = terms.of("我们小区的电梯老旧，经常停运，老人上下楼很困难");
        var school = terms.of("学校门口上下学时段车辆乱停，孩子过马路危险");
        assertTrue(lift1.contains("电梯"), lift1.toString());
        assertTrue(ProblemTerms.similarity(lift1, lift2) >= 0.5, lift1 + " vs " + lift2);
        assertTrue(ProblemTerms.similarity(lift1, school) < 0.2, lift1 + " vs " + school);
    }
}
