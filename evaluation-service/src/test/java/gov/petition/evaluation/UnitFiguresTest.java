package gov.petition.evaluation;

import gov.petition.evaluation.domain.UnitCounts;
import gov.petition.evaluation.domain.UnitFigures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class UnitFiguresTest {

    @Test
    void ratesFollowTheDesignDefinitions() {
        var f = UnitFigures.of(new UnitCounts("u", 10, 8, 2, 5, 4, 6, 4, 2, 1, 1, 3, 12.5), List.of());
        assertEquals(0.8, f.acceptanceRate());
        assertEquals(0.8, f.replyRate());
        assertEquals(0.75, f.completionRate());
        assertEquals(0.75, f.satisfactionRate());
        assertEquals(0.75, f.resolutionRate());
    }

    @Test
    void aRateWithNothingToJudgeIsNullNotPerfect() {
        var f = UnitFigures.of(UnitCounts.receivedOnly("u", 3), List.of());
        assertEquals(3, f.received());
        assertEquals(0.0, f.acceptanceRate());
        assertNull(f.satisfactionRate());
        assertNull(f.replyRate());
    }
}
