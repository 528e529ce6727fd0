package gov.petition.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.petition.intake.domain.CaseStatus;
import gov.petition.intake.domain.TimelineProjection;
import gov.petition.intake.domain.TimelineStep;
import gov.petition.intake.repository.TimelineEntry;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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

    @Test
    void aDeadlineMovedWithTheHolidayCalendarReplacesTheReplyDeadlineAndASigningOneStaysHidden() throws Exception {
        event("case.routed", "2033-12-29T02:00:00Z", "{\"unitId\":\"u1\",\"unitName\":\"A市教育局\"}");
        event("case.accepted", "2033-12-29T03:00:00Z", "{\"unitId\":\"u1\",\"replyDue\":\"2034-01-05T09:00:00Z\"}");
        event("case.deadline-moved", "2033-12-30T01:00:00Z", """
                {"unitId":"u1","unitName":"A市教育局","step":"SIGN","previousDue":"2033-12-29T04:00:00Z",
                 "due":"2033-12-29T05:00:00Z","reason":"按2033年节假日安排重新计算签收时限"}""");
        assertEquals(2, steps.size(), "the unit's signing deadline is not the citizen's business");
        event("case.deadline-moved", "2033-12-30T01:00:00Z", """
                {"unitId":"u1","unitName":"A市教育局","step":"REPLY","previousDue":"2034-01-05T09:00:00Z",
                 "due":"2034-01-06T09:00:00Z","reason":"按2034年节假日安排重新计算答复时限"}""");

        assertEquals(OffsetDateTime.parse("2034-01-06T09:00:00Z"), deadline("REPLY").due());
        assertFalse(deadline("REPLY").met());
        assertEquals("按2034年节假日安排重新计算答复时限：答复时限调整为 1月6日 17:00 / the reply deadline moves to 6 Jan 17:00 with the holiday calendar",
                steps.get(2).text());
        assertEquals(CaseStatus.ACCEPTED, TimelineProjection.status(steps), "the status stays");
    }

    private static final String MARKED_URGENT = """
            {"caseId":"A2026-11-000001","keyword":"井盖","rule":"紧急公共安全：3小时处置、24小时修复（成都井盖规则）",
             "handleDue":"2026-11-23T06:05:00Z","fixDue":"2026-11-24T03:05:00Z","at":"2026-11-23T03:06:00Z"}""";

    private TimelineProjection.Deadline deadline(String kind) {
        return TimelineProjection.deadlines(steps).stream().filter(d -> d.kind().equals(kind)).findFirst().orElse(null);
    }

    @Test
    void anUrgentCaseShowsBothItsDeadlinesInBeijingTimeAndKeepsItsStatus() throws Exception {
        event("case.received", "2026-11-23T03:05:00Z", "{}");
        event("case.marked-urgent", "2026-11-23T03:06:00Z", MARKED_URGENT);

        assertEquals(2, steps.size(), "marked urgent is a step the citizen sees");
        TimelineStep urgent = steps.get(1);
        assertEquals("已列为紧急公共安全事项（井盖）：须于 11月23日 14:05 前现场处置、11月24日 11:05 前修复 / marked urgent "
                + "(public safety: 井盖): to be made safe on site by 23 Nov 14:05 and repaired by 24 Nov 11:05 (Beijing time)",
                urgent.text());
        assertNull(urgent.status());
        assertNull(urgent.unitId(), "no unit holds it yet");
        assertEquals(CaseStatus.RECEIVED, TimelineProjection.status(steps));
        assertEquals(List.of(new TimelineProjection.Deadline("HANDLE", OffsetDateTime.parse("2026-11-23T06:05:00Z"), false, false),
                        new TimelineProjection.Deadline("FIX", OffsetDateTime.parse("2026-11-24T03:05:00Z"), false, false)),
                TimelineProjection.deadlines(steps));
        TimelineProjection.Urgency urgency = TimelineProjection.urgency("gov.petition.case.marked-urgent",
                OffsetDateTime.parse("2026-11-23T03:06:00Z"), json.readTree(MARKED_URGENT)).orElseThrow();
        assertEquals("井盖", urgency.keyword());
        assertTrue(urgency.rule().startsWith("紧急公共安全"), urgency.rule());
        assertTrue(TimelineProjection.urgency("gov.petition.case.routed", OffsetDateTime.parse("2026-11-23T03:06:00Z"),
                json.readTree("{}")).isEmpty());
    }

    @Test
    void anUrgentRuleWithoutAHandleLimitSetsOnlyTheRepair() throws Exception {
        event("case.marked-urgent", "2026-11-23T03:06:00Z", """
                {"keyword":"塌陷","rule":"r","handleDue":null,"fixDue":"2026-11-24T03:05:00Z"}""");
        assertEquals("已列为紧急公共安全事项（塌陷）：须于 11月24日 11:05 前修复 / marked urgent (public safety: 塌陷): "
                + "to be repaired by 24 Nov 11:05 (Beijing time)", steps.get(0).text());
        assertEquals(List.of("FIX"), TimelineProjection.deadlines(steps).stream().map(TimelineProjection.Deadline::kind).toList());
    }

    @Test
    void madeSafeOnSiteMeetsHandleWithoutChangingTheStatusAndCompletionMeetsFix() throws Exception {
        event("case.marked-urgent", "2026-11-23T03:06:00Z", MARKED_URGENT);
        event("case.routed", "2026-11-23T03:07:00Z", "{\"unitId\":\"u1\",\"unitName\":\"A3区城管局\"}");
        event("case.signed", "2026-11-23T03:30:00Z", "{\"unitId\":\"u1\",\"unitName\":\"A3区城管局\",\"responderName\":\"王敏\","
                + "\"acceptDue\":\"2026-11-24T03:30:00Z\"}");
        event("case.handled", "2026-11-23T05:00:00Z", """
                {"unitId":"u1","unitName":"A3区城管局","responderId":"o1","responderName":"王敏",
                 "measures":"已到场设置围挡和警示标志，安排专人值守。","note":null,"handleDue":"2026-11-23T06:05:00Z","onTime":true}""");

        TimelineStep handled = steps.get(steps.size() - 1);
        assertEquals("A3区城管局 已现场处置：已到场设置围挡和警示标志，安排专人值守。 / made safe on site by A3区城管局", handled.text());
        assertEquals("王敏", handled.by());
        assertEquals("u1", handled.unitId());
        assertEquals(CaseStatus.SIGNED, TimelineProjection.status(steps), "made safe is not a status");
        assertTrue(deadline("HANDLE").met());
        assertFalse(deadline("HANDLE").missed());
        assertFalse(deadline("FIX").met(), "made safe is not yet repaired");

        event("case.completed", "2026-11-24T01:00:00Z", "{\"unitId\":\"u1\",\"unitName\":\"A3区城管局\",\"note\":\"井盖已更换\"}");
        assertEquals(CaseStatus.COMPLETED, TimelineProjection.status(steps));
        assertTrue(deadline("FIX").met());
        assertFalse(deadline("FIX").missed());
    }

    @Test
    void aMissedRepairStaysMissedWhenTheCaseIsCompletedLate() throws Exception {
        event("case.marked-urgent", "2026-11-23T03:06:00Z", MARKED_URGENT);
        // HANDLE can pass before any unit holds the case
        event("case.deadline-missed", "2026-11-23T06:05:01Z", "{\"step\":\"HANDLE\",\"due\":\"2026-11-23T06:05:00Z\"}");
        event("case.routed", "2026-11-23T07:00:00Z", "{\"unitId\":\"u1\",\"unitName\":\"A3区城管局\"}");
        event("case.deadline-missed", "2026-11-24T03:05:01Z",
                "{\"unitId\":\"u1\",\"unitName\":\"A3区城管局\",\"step\":\"FIX\",\"due\":\"2026-11-24T03:05:00Z\"}");

        assertEquals("承办单位 办理超期，已记录 / 承办单位 missed a deadline", steps.get(1).text());
        assertTrue(deadline("HANDLE").missed());
        assertFalse(deadline("HANDLE").met());
        assertTrue(deadline("FIX").missed());
        assertEquals(OffsetDateTime.parse("2026-11-24T03:05:00Z"), deadline("FIX").due());

        event("case.completed", "2026-11-24T09:00:00Z", "{\"unitId\":\"u1\",\"unitName\":\"A3区城管局\"}");
        assertTrue(deadline("FIX").met() && deadline("FIX").missed(), "repaired late: met, and missed");
        assertTrue(deadline("HANDLE").missed() && !deadline("HANDLE").met());
    }

    @Test
    void reRoutingAndReopeningRestartAcceptAndReplyButKeepTheUrgentDeadlines() throws Exception {
        event("case.marked-urgent", "2026-11-23T03:06:00Z", MARKED_URGENT);
        event("case.routed", "2026-11-23T03:07:00Z", "{\"unitId\":\"u1\",\"unitName\":\"A3区城管局\"}");
        event("case.signed", "2026-11-23T03:30:00Z", "{\"unitId\":\"u1\",\"acceptDue\":\"2026-11-24T03:30:00Z\"}");
        event("case.returned", "2026-11-23T04:00:00Z", "{\"unitId\":\"u1\",\"reason\":\"不属本单位职责\"}");
        event("case.routed", "2026-11-23T04:10:00Z", "{\"unitId\":\"u2\",\"unitName\":\"A3区住建局\"}");

        assertNull(deadline("ACCEPT"), "the new unit's acceptance starts again");
        assertNotNull(deadline("HANDLE"), "made safe within 3 hours of the report, whoever holds it");
        assertNotNull(deadline("FIX"));

        event("case.handled", "2026-11-23T05:00:00Z", "{\"unitId\":\"u2\",\"unitName\":\"A3区住建局\",\"responderName\":\"李强\","
                + "\"measures\":\"已设置围挡\"}");
        event("case.accepted", "2026-11-23T05:10:00Z", "{\"unitId\":\"u2\",\"replyDue\":\"2026-11-30T10:00:00Z\"}");
        event("case.completed", "2026-11-23T20:00:00Z", "{\"unitId\":\"u2\",\"unitName\":\"A3区住建局\"}");
        event("case.reopened", "2026-11-26T02:00:00Z", "{\"unitId\":\"u2\",\"unitName\":\"A3区住建局\",\"reason\":\"不满意\",\"round\":1}");

        assertNull(deadline("REPLY"), "a reopened case's reply starts again");
        assertTrue(deadline("HANDLE").met());
        assertTrue(deadline("FIX").met());
        assertEquals(List.of("HANDLE", "FIX"), TimelineProjection.deadlines(steps).stream().map(TimelineProjection.Deadline::kind).toList());
    }

    @Test
    void aStoredStepReadsItsFurtherDeadlinesAndARowWrittenBeforeThemReadsAsBefore() {
        TimelineEntry old = storedStep("REPLY", "2026-11-09T10:00:00Z", null);
        assertEquals(List.of(new TimelineStep.Due("REPLY", OffsetDateTime.parse("2026-11-09T10:00:00Z"))), old.toStep().deadlines());

        TimelineEntry urgent = storedStep("HANDLE", "2026-11-23T06:05:00Z", "FIX=2026-11-24T03:05Z");
        assertEquals(List.of(new TimelineStep.Due("HANDLE", OffsetDateTime.parse("2026-11-23T06:05:00Z")),
                new TimelineStep.Due("FIX", OffsetDateTime.parse("2026-11-24T03:05:00Z"))), urgent.toStep().deadlines());
    }

    private static TimelineEntry storedStep(String deadlineKind, String deadlineDue, String furtherDeadlines) {
        TimelineEntry entry = new TimelineEntry();
        entry.eventId = "e-stored";
        entry.caseId = "A2026-11-000001";
        entry.type = "gov.petition.case.marked-urgent";
        entry.at = OffsetDateTime.parse("2026-11-23T03:06:00Z");
        entry.deadlineKind = deadlineKind;
        entry.deadlineDue = OffsetDateTime.parse(deadlineDue);
        entry.furtherDeadlines = furtherDeadlines;
        return entry;
    }
}
