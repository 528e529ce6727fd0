package gov.petition.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.petition.intake.domain.CaseStatus;
import gov.petition.intake.domain.TimelineProjection;
import gov.petition.intake.domain.TimelineStep;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineProjectionTest {

    private final ObjectMapper json = new ObjectMapper();
    private final List<TimelineStep> steps = new ArrayList<>();
    private int n;

    private void event(String type, String at, String data) throws Exception {
        TimelineProjection.step("e" + (n++), "gov.petition." + type, "A2026-11-000001", OffsetDateTime.parse(at), json.readTree(data))
                .ifPresent(steps::add);
    }

    @Test
    void aReturnedAndReroutedCaseShowsEachUnitsHoldInOrder() throws Exception {
        event("case.routed", "2026-11-02T01:00:00Z", "{\"unitId\":\"u1\",\"unitName\":\"A3区城管局\"}");
        event("case.returned", "2026-11-04T01:00:00Z", "{\"unitId\":\"u1\",\"reason\":\"不属本单位职责\"}");
        event("case.routed", "2026-11-04T02:00:00Z", "{\"unitId\":\"u2\",\"unitName\":\"A3区住建局\"}");
        event("case.completed", "2026-11-09T02:00:00Z", "{\"unitId\":\"u2\"}");
        event("case.reopened", "2026-11-12T02:00:00Z", "{\"unitId\":\"u2\",\"unitName\":\"A3区住建局\",\"reason\":\"不满意\",\"round\":1}");

        List<TimelineProjection.Hold> holds = TimelineProjection.holds(steps);
        assertEquals(3, holds.size());
        assertEquals("u1", holds.get(0).unitId());
        assertEquals(OffsetDateTime.parse("2026-11-04T01:00:00Z"), holds.get(0).to());
        assertEquals("u2", holds.get(1).unitId());
        assertEquals(OffsetDateTime.parse("2026-11-09T02:00:00Z"), holds.get(1).to());
        assertNull(holds.get(2).to(), "reopened: the unit holds it again");
        assertEquals(CaseStatus.REOPENED, TimelineProjection.status(steps));
        assertEquals("u2", TimelineProjection.currentUnit(steps).orElseThrow().unitId());
    }

    @Test
    void aMissedDeadlineStaysMissedAndInternalStepsAreHidden() throws Exception {
        event("case.routed", "2026-11-02T01:00:00Z", "{\"unitId\":\"u1\",\"unitName\":\"A3区城管局\"}");
        event("case.accepted", "2026-11-02T03:00:00Z", "{\"unitId\":\"u1\",\"replyDue\":\"2026-11-09T10:00:00Z\"}");
        event("case.deadline-warned", "2026-11-09T02:00:00Z", "{\"unitId\":\"u1\",\"step\":\"REPLY\",\"due\":\"2026-11-09T10:00:00Z\"}");
        event("case.deadline-missed", "2026-11-09T10:00:01Z", "{\"unitId\":\"u1\",\"step\":\"REPLY\",\"due\":\"2026-11-09T10:00:00Z\"}");

        assertEquals(3, steps.size(), "the warning is not the citizen's business");
        TimelineProjection.Deadline reply = TimelineProjection.deadlines(steps).stream()
                .filter(d -> d.kind().equals("REPLY")).findFirst().orElseThrow();
        assertTrue(reply.missed());
        assertFalse(reply.met());

        event("case.replied", "2026-11-10T01:00:00Z", "{\"unitId\":\"u1\",\"reply\":\"已处理\"}");
        reply = TimelineProjection.deadlines(steps).stream().filter(d -> d.kind().equals("REPLY")).findFirst().orElseThrow();
        assertTrue(reply.met() && reply.missed(), "replied late: met, and missed");
    }
}
