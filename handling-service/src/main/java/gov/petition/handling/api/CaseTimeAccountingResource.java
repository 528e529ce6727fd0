package gov.petition.handling.api;

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

/**
 * How long each unit held a case and each step took. A class of its own on the cases' path, because JAX-RS matches the
 * longest class path first and would not look past {@code /api/v1/cases/{caseId}}.
 */
@Path("/api/v1/cases/{caseId}/time-accounting")
@Tag(name = "Time accounting")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("official")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CaseTimeAccountingResource {

    private final JsonWebToken token;
    private final WorkingCalendar calendar;

    public CaseTimeAccountingResource(JsonWebToken token, WorkingCalendar calendar) {
        this.token = token;
        this.calendar = calendar;
    }

    @GET
    @Operation(summary = "How long each unit held a case and each step took",
            description = "In working hours (office hours of working days) and calendar hours; for officials of a unit "
                    + "that held the case and those overseeing one.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "bounced", value = """
            {"caseId":"A2026-11-000123","holds":[{"unitId":"xd.a.a1.zjj","unitName":"A1区住房和城乡建设局",\
            "from":"2026-11-02T01:00:00Z","to":"2026-11-05T08:00:00Z","ongoing":false,"endedBy":"RETURNED",\
            "calendarHours":79.0,"workingHours":23.0},{"unitId":"xd.a.a3.zjj","unitName":"A3区住房和城乡建设局",\
            "from":"2026-11-05T09:00:00Z","to":"2026-11-10T02:00:00Z","ongoing":false,"endedBy":"COMPLETED",\
            "calendarHours":113.0,"workingHours":25.0}],"steps":[{"from":"ROUTED","to":"RETURNED","unitId":"xd.a.a1.zjj",\
            "start":"2026-11-02T01:00:00Z","end":"2026-11-05T08:00:00Z","calendarHours":79.0,"workingHours":23.0}],\
            "calendarHours":192.0,"workingHours":48.0}""")))
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<TimeAccountingResource.CaseAccount> ofCase(@Parameter(example = "A2026-11-000123") @PathParam("caseId") String caseId) {
        OfficialScope official = OfficialScope.of(token);
        return Panache.withSession(() -> CaseStep.<CaseStep>find("caseId = ?1 order by at, id", caseId).list())
                .map(steps -> {
                    if (steps.isEmpty()) {
                        throw ProblemException.notFound("No handling steps of case " + caseId);
                    }
                    if (steps.stream().noneMatch(s -> s.unitId != null && UnitAccess.mayView(official, s.unitId))) {
                        throw ProblemException.forbidden("Official " + official.officialId() + " of " + official.unitId()
                                + " is of no unit that held case " + caseId);
                    }
                    return TimeAccountingResource.account(caseId, steps, Instant.now(), calendar);
                });
    }
}

