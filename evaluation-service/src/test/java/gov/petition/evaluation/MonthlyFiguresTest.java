package gov.petition.evaluation;

import gov.petition.evaluation.domain.CaseRecord;
import gov.petition.evaluation.domain.MonthlyFigures;
import gov.petition.evaluation.domain.Period;
import gov.petition.evaluation.domain.ReportCsv;
import gov.petition.evaluation.domain.Satisfaction;
import gov.petition.evaluation.domain.UnitFigures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonthlyFiguresTest {

    private static final Period NOVEMBER = Period.of(YearMonth.of(2026, 11));

    private static OffsetDateTime at(String isoInShanghai) {
        return OffsetDateTime.parse(isoInShanghai + "+08:00");
    }

    private static CaseRecord received(String unit, String receivedAt) {
        return new CaseRecord("c", unit, null, at(receivedAt), null, null, null, null, null, null, null, null);
    }

    @Test
    void countsFollowTheDesignDefinitions() {
        var accepted = new CaseRecord("c1", "xd.a.jyj", "A市教育局", at("2026-11-02T09:00:00"), at("2026-11-02T10:00:00"),
                null, at("2026-11-09T18:00:00"), at("2026-11-04T09:00:00"), at("2026-11-05T09:00:00"),
                Satisfaction.BASICALLY_SATISFIED, true, at("2026-11-06T09:00:00"));
        var late = new CaseRecord("c2", "xd.a.jyj", "A市教育局", at("2026-11-03T09:00:00"), at("2026-11-03T10:00:00"),
                null, at("2026-11-10T18:00:00"), at("2026-11-11T09:00:00"), null,
                Satisfaction.UNSATISFIED, false, at("2026-11-12T09:00:00"));
        var rejected = new CaseRecord("c3", "xd.a.jyj", null, at("2026-11-04T09:00:00"), null, at("2026-11-04T11:00:00"),
                null, null, null, null, null, null);
        var unanswered = new CaseRecord("c4", "xd.a.jyj", null, at("2026-11-05T09:00:00"), at("2026-11-05T10:00:00"),
                null, at("2026-11-12T18:00:00"), null, null, null, null, null);

        UnitFigures f = UnitFigures.of(MonthlyFigures.count("xd.a.jyj", List.of(accepted, late, rejected, unanswered), NOVEMBER), List.of());

        assertEquals(4, f.received());
        assertEquals(3, f.accepted());
        assertEquals(1, f.rejected());
        assertEquals(3, f.repliesDue());
        assertEquals(1, f.repliedOnTime(), "a reply after the deadline, and no reply, are not on time");
        assertEquals(1, f.completed());
        assertEquals(2, f.rated());
        assertEquals(0, f.satisfied());
        assertEquals(1, f.basicallySatisfied());
        assertEquals(1, f.unsatisfied());
        assertEquals(1, f.solved());
        assertEquals(0.75, f.acceptanceRate());
        assertEquals(1.0 / 3, f.replyRate());
        assertEquals(1.0 / 3, f.completionRate());
        assertEquals(0.5, f.satisfactionRate());
        assertEquals(0.5, f.resolutionRate());
        // Mon 09:00 → Wed 09:00 is two office days (14 h); Tue 09:00 → Wed 09:00 a week later is six (42 h).
        assertEquals(28.0, f.avgReplyWorkingHours());
        assertEquals(List.of(), f.flags());
    }

    @Test
    void aMonthIsCountedOnTheCitysClock() {
        // 23:30 on 30 November in Shanghai is 15:30 UTC: still November, though the first of December is close.
        var lastEvening = received("u", "2026-11-30T23:30:00");
        var firstMorning = received("u", "2026-12-01T00:10:00");
        assertEquals(1, MonthlyFigures.count("u", List.of(lastEvening, firstMorning), NOVEMBER).received());
    }

    @Test
    void nothingToJudgeGivesNullRatesAndNoAverage() {
        UnitFigures f = UnitFigures.of(MonthlyFigures.count("u", List.of(received("u", "2026-11-02T09:00:00")), NOVEMBER), List.of());
        assertEquals(0.0, f.acceptanceRate());
        assertNull(f.replyRate());
        assertNull(f.completionRate());
        assertNull(f.satisfactionRate());
        assertNull(f.resolutionRate());
        assertNull(f.avgReplyWorkingHours());
    }

    @Test
    void districtsGroupTheirUnitsAndCityDepartmentsCountOnlyCityWide() {
        assertEquals("xd.a.a3", MonthlyFigures.districtOf("xd.a.a3"));
        assertEquals("xd.a.a3", MonthlyFigures.districtOf("xd.a.a3.jyj"));
        assertNull(MonthlyFigures.districtOf("xd.a.jyj"));
        assertNull(MonthlyFigures.districtOf("xd.a.1"));

        var figures = MonthlyFigures.of(List.of(received("xd.a.a3.jyj", "2026-11-02T09:00:00"),
                received("xd.a.a3.zjj", "2026-11-02T09:00:00"), received("xd.a.a7.jyj", "2026-11-02T09:00:00"),
                received("xd.a.jyj", "2026-11-02T09:00:00")), NOVEMBER);

        assertEquals(List.of("xd.a.a3.jyj", "xd.a.a3.zjj", "xd.a.a7.jyj", "xd.a.jyj"),
                figures.units().stream().map(UnitFigures::unitId).toList());
        assertEquals(List.of("xd.a.a3", "xd.a.a7"), figures.districts().stream().map(UnitFigures::unitId).toList());
        assertEquals(List.of(2L, 1L), figures.districts().stream().map(UnitFigures::received).toList());
        assertEquals("xd.a", figures.city().unitId());
        assertEquals(4, figures.city().received());
    }

    @Test
    void csvStartsWithAByteOrderMarkAndKeepsChineseNames() {
        var figures = MonthlyFigures.of(List.of(new CaseRecord("c", "xd.a.a3.jyj", "A3区教育局", at("2026-11-02T09:00:00"),
                null, null, null, null, null, null, null, null)), NOVEMBER);
        byte[] csv = ReportCsv.write(figures, Map.of("xd.a.a3.jyj", "A3区教育局"));

        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(csv, 3));
        String[] lines = new String(csv, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertTrue(lines[0].startsWith("scope,id,name,received,accepted"), lines[0]);
        assertTrue(lines[1].startsWith("unit,xd.a.a3.jyj,A3区教育局,1,0,"), lines[1]);
        assertTrue(lines[2].startsWith("district,xd.a.a3,A3区,1,"), lines[2]);
        assertTrue(lines[3].startsWith("city,xd.a,A市,1,"), lines[3]);
        assertEquals(4, lines.length);
    }
}
