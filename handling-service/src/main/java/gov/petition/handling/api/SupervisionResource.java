package gov.petition.handling.api;

import gov.petition.handling.domain.SupervisionOutcome;
import gov.petition.handling.repository.Supervision;
import gov.petition.handling.service.Supervisions;
import gov.petition.http.OfficialScope;
import gov.petition.http.Page;
import gov.petition.http.Problem;
import gov.petition.http.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;

/** Supervision records (督办): what a supervising unit follows up, and its conclusions. */
@Path("/api/v1/supervisions")
@Tag(name = "Supervision")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("official")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "400", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SupervisionResource {

    /** One supervision record. */
    @Schema(name = "Supervision")
    public record Item(@Schema(example = "5c1d0e6e-2f7b-4f0e-9a39-3a8f6f1a0c11") String supervisionId,
                       @Schema(example = "A2026-11-000123") String caseId,
                       @Schema(description = "OVERDUE, BOUNCING, REPEATED_UNRESOLVED or MANUAL", example = "OVERDUE") String trigger,
                       @Schema(example = "逾期督办") String triggerLabel,
                       @Schema(description = "The unit that supervises", example = "xd.a") String supervisingUnitId,
                       @Schema(example = "A市") String supervisingUnitName,
                       @Schema(description = "The unit supervised", example = "xd.a.jyj") String unitId,
                       @Schema(example = "A市教育局") String unitName,
                       @Schema(example = "答复逾期：A市教育局未在答复时限 2026-11-30T17:00 前答复，由上级督办。") String reason,
                       @Schema(description = "When the supervised unit must have answered", example = "2026-12-03T09:00:00Z") OffsetDateTime due,
                       @Schema(description = "OPEN or CONCLUDED", example = "OPEN") String status,
                       OffsetDateTime openedAt,
                       @Schema(description = "RESOLVED, PENALISED or WITHDRAWN once concluded", example = "RESOLVED") String outcome,
                       String note, OffsetDateTime concludedAt, @Schema(example = "杨娜涛") String concludedByName) {
        static Item of(Supervision s) {
            return new Item(s.supervisionId, s.caseId, s.trigger,
                    gov.petition.handling.domain.SupervisionTrigger.valueOf(s.trigger).label(), s.supervisingUnitId,
                    s.supervisingUnitName, s.unitId, s.unitName, s.reason, s.due, s.status, s.openedAt, s.outcome, s.note,
                    s.concludedAt, s.concludedByName);
        }
    }

    /** Body of a conclusion. */
    @Schema(name = "SupervisionConclusion")
    public record Conclusion(
            @NotNull @Schema(required = true, example = "RESOLVED") SupervisionOutcome outcome,
            @Size(max = 2000) @Schema(example = "已督促答复，市民表示认可。") String note) {
    }

    private final JsonWebToken token;
    private final Supervisions supervisions;

    public SupervisionResource(JsonWebToken token, Supervisions supervisions) {
        this.token = token;
        this.supervisions = supervisions;
    }

    @GET
    @Operation(summary = "Supervision records of a unit", description = "Those the unit runs or is subject to, its "
            + "own and those of the units below it, newest first; for leaders and supervisors overseeing the unit.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "open", value = """
            {"items":[{"supervisionId":"5c1d0e6e-2f7b-4f0e-9a39-3a8f6f1a0c11","caseId":"A2026-11-000123","trigger":"OVERDUE",\
            "triggerLabel":"逾期督办","supervisingUnitId":"xd.a","supervisingUnitName":"A市","unitId":"xd.a.jyj",\
            "unitName":"A市教育局","reason":"答复逾期：A市教育局未在答复时限 2026-11-30T17:00 前答复，由上级督办。",\
            "due":"2026-12-03T09:00:00Z","status":"OPEN","openedAt":"2026-11-30T09:00:05Z","outcome":null,"note":null,\
            "concludedAt":null,"concludedByName":null}],"total":1,"page":0,"size":20}""")))
    public Uni<Page<Item>> list(@Parameter(required = true, example = "xd.a") @QueryParam("unitId") String unitId,
                                @Parameter(description = "OPEN or CONCLUDED", example = "OPEN") @QueryParam("status") String status,
                                @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        if (unitId == null || unitId.isBlank()) {
            throw ProblemException.invalid("unitId", "must name a unit, e.g. xd.a");
        }
        if (status != null && !status.equals(Supervision.OPEN) && !status.equals(Supervision.CONCLUDED)) {
            throw ProblemException.invalid("status", "must be OPEN or CONCLUDED");
        }
        UnitAccess.requireViewBelow(OfficialScope.of(token), unitId);
        return Panache.withSession(() -> Supervisions.ofUnit(unitId, status, page, size)
                .chain(items -> Supervisions.countOfUnit(unitId, status)
                        .map(total -> new Page<>(items.stream().map(Item::of).toList(), total, page, size))));
    }

    @POST
    @Path("/{supervisionId}/conclude")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Conclude a supervision record", description = "By a leader or supervisor of the supervising "
            + "unit. Emits gov.petition.supervision.concluded; the record's own timers stop.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "resolved", value = """
            {"outcome":"RESOLVED","note":"已督促答复，市民表示认可。"}""")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Item.class)))
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already concluded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Item> conclude(@Parameter(example = "5c1d0e6e-2f7b-4f0e-9a39-3a8f6f1a0c11") @PathParam("supervisionId") String supervisionId,
                              @Valid @NotNull Conclusion body) {
        return supervisions.conclude(supervisionId, OfficialScope.of(token), body.outcome(), body.note()).map(Item::of);
    }
}
