package gov.petition.handling.api;

import gov.petition.handling.domain.TimeAccounting;
import gov.petition.handling.domain.WorkingCalendar;
import gov.petition.handling.repository.CaseStep;
import gov.petition.http.OfficialScope;
import gov.petition.http.Problem;
import gov.petition.http.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Where cases' time went: per case, how long each unit held it and each step took; per unit, the averages. */
@Path("/api/v1/units/{unitId}/time-accounting")
@Tag(name = "Time accounting")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("official")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "400", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TimeAccountingResource {

    private static final int MAX_CASES = 5000;

    /** One unit's hold of a case. */
    @Schema(name = "UnitHold")
    public record Hold(@Schema(example = "xd.a.a3.zjj") String unitId, @Schema(example = "A3区住房和城乡建设局") String unitName,
                       OffsetDateTime from, OffsetDateTime to,
                       @Schema(description = "Still with the unit", example = "false") boolean ongoing,
                       @Schema(description = "RETURNED, REJECTED, COMPLETED, ROUTED (to another unit), REOPENED, or null while ongoing",
                               example = "RETURNED") String endedBy,
                       @Schema(example = "26.5") double calendarHours, @Schema(example = "8.0") double workingHours) {
    }

    /** The time from one milestone to the next. */
    @Schema(name = "StepSpan")
    public record Span(@Schema(example = "ROUTED") String from, @Schema(example = "SIGNED") String to,
                       @Schema(example = "xd.a.a3.zjj") String unitId, OffsetDateTime start, OffsetDateTime end,
                       @Schema(example = "1.25") double calendarHours, @Schema(example = "1.25") double workingHours) {
    }

    /** A case's account. */
    @Schema(name = "CaseTimeAccounting")
    public record CaseAccount(@Schema(example = "A2026-11-000123") String caseId, List<Hold> holds, List<Span> steps,
                              @Schema(example = "30.0") double calendarHours, @Schema(example = "9.5") double workingHours) {
    }

    /** The average of one kind of step at a unit. */
    @Schema(name = "StepAverage")
    public record StepAverage(@Schema(example = "ROUTED→SIGNED") String step, @Schema(example = "12") int count,
                              @Schema(example = "0.8") double avgWorkingHours, @Schema(example = "2.4") double avgCalendarHours) {
    }

    /** A unit's averages over the cases that reached it in a period. */
    @Schema(name = "UnitTimeAccounting")
    public record UnitAccount(@Schema(example = "xd.a.a3.zjj") String unitId, OffsetDateTime from, OffsetDateTime to,
                              @Schema(description = "Holds of the unit that began in the period", example = "12") int holds,
                              @Schema(example = "40.2") double avgHoldCalendarHours,
                              @Schema(example = "16.0") double avgHoldWorkingHours,
                              List<StepAverage> steps) {
    }

    private final JsonWebToken token;
    private final WorkingCalendar calendar;

    public TimeAccountingResource(JsonWebToken token, WorkingCalendar calendar) {
        this.token = token;
        this.calendar = calendar;
    }


    @GET
    @Operation(summary = "A unit's average holding and step times",
            description = "Over the unit's holds that began in [from, to) (default: the last 30 days): how long it kept "
                    + "cases and how long each step took on average, in working and calendar hours.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "month", value = """
            {"unitId":"xd.a.a3.zjj","from":"2026-11-01T00:00:00+08:00","to":"2026-12-01T00:00:00+08:00","holds":12,\
            "avgHoldCalendarHours":40.2,"avgHoldWorkingHours":16.0,"steps":[{"step":"ROUTED→SIGNED","count":12,\
            "avgWorkingHours":0.8,"avgCalendarHours":2.4},{"step":"SIGNED→ACCEPTED","count":11,"avgWorkingHours":3.1,\
            "avgCalendarHours":5.0}]}""")))
    public Uni<UnitAccount> ofUnit(@Parameter(example = "xd.a.a3.zjj") @PathParam("unitId") String unitId,
                                   @Parameter(description = "Start of the period (ISO 8601, inclusive)", example = "2026-11-01T00:00:00+08:00")
                                   @QueryParam("from") String fromText,
                                   @Parameter(description = "End of the period (ISO 8601, exclusive)", example = "2026-12-01T00:00:00+08:00")
                                   @QueryParam("to") String toText) {
        UnitAccess.requireView(OfficialScope.of(token), unitId);
        OffsetDateTime to = toText == null || toText.isBlank() ? OffsetDateTime.now(ZoneOffset.UTC) : instant("to", toText);
        OffsetDateTime from = fromText == null || fromText.isBlank() ? to.minusDays(30) : instant("from", fromText);
        if (!from.isBefore(to)) {
            throw ProblemException.invalid("from", "must be before to");
        }
        String query = """
                caseId in (select s.caseId from CaseStep s where s.unitId = :unitId and s.step in ('ROUTED', 'REOPENED')
                and s.at >= :from and s.at < :to) order by caseId, at, id""";
        return Panache.withSession(() -> CaseStep.<CaseStep>find(query,
                        Map.of("unitId", unitId, "from", from, "to", to)).range(0, MAX_CASES * 12).list())
                .map(steps -> averages(unitId, from, to, steps));
    }

    static CaseAccount account(String caseId, List<CaseStep> steps, Instant now, WorkingCalendar calendar) {
        TimeAccounting.Account a = TimeAccounting.of(steps.stream()
                .map(s -> new TimeAccounting.Step(s.step, s.unitId, s.unitName, s.at.toInstant())).toList(), calendar, now);
        return new CaseAccount(caseId,
                a.holds().stream().map(h -> new Hold(h.unitId(), h.unitName(), utc(h.from()), utc(h.to()), h.ongoing(),
                        h.endedBy(), hours(h.calendarSeconds()), hours(h.workingSeconds()))).toList(),
                a.spans().stream().map(s -> new Span(s.from(), s.to(), s.unitId(), utc(s.start()), utc(s.end()),
                        hours(s.calendarSeconds()), hours(s.workingSeconds()))).toList(),
                hours(a.calendarSeconds()), hours(a.workingSeconds()));
    }

    private UnitAccount averages(String unitId, OffsetDateTime from, OffsetDateTime to, List<CaseStep> steps) {
        Map<String, List<CaseStep>> byCase = steps.stream()
                .collect(Collectors.groupingBy(s -> s.caseId, LinkedHashMap::new, Collectors.toList()));
        Instant now = Instant.now();
        List<TimeAccounting.Hold> holds = new ArrayList<>();
        Map<String, List<TimeAccounting.Span>> spans = new LinkedHashMap<>();
        for (List<CaseStep> caseSteps : byCase.values()) {
            TimeAccounting.Account a = TimeAccounting.of(caseSteps.stream()
                    .map(s -> new TimeAccounting.Step(s.step, s.unitId, s.unitName, s.at.toInstant())).toList(), calendar, now);
            a.holds().stream().filter(h -> unitId.equals(h.unitId()) && !h.from().isBefore(from.toInstant())
                    && h.from().isBefore(to.toInstant())).forEach(holds::add);
            a.spans().stream().filter(s -> unitId.equals(s.unitId()) && !s.start().isBefore(from.toInstant())
                            && s.start().isBefore(to.toInstant()))
                    .forEach(s -> spans.computeIfAbsent(s.from() + "→" + s.to(), k -> new ArrayList<>()).add(s));
        }
        List<StepAverage> stepAverages = spans.entrySet().stream().map(e -> new StepAverage(e.getKey(), e.getValue().size(),
                        hours(avg(e.getValue().stream().mapToLong(TimeAccounting.Span::workingSeconds).toArray())),
                        hours(avg(e.getValue().stream().mapToLong(TimeAccounting.Span::calendarSeconds).toArray()))))
                .toList();
        return new UnitAccount(unitId, from, to, holds.size(),
                hours(avg(holds.stream().mapToLong(TimeAccounting.Hold::calendarSeconds).toArray())),
                hours(avg(holds.stream().mapToLong(TimeAccounting.Hold::workingSeconds).toArray())), stepAverages);
    }

    private static double avg(long[] values) {
        if (values.length == 0) {
            return 0;
        }
        long sum = 0;
        for (long v : values) {
            sum += v;
        }
        return (double) sum / values.length;
    }

    private static double hours(double seconds) {
        return Math.round(seconds / 36.0) / 100.0;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static OffsetDateTime instant(String field, String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an ISO 8601 date-time with offset, e.g. 2026-11-01T00:00:00+08:00");
        }
    }
}
