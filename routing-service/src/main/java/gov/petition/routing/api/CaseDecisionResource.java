package gov.petition.routing.api;

import gov.petition.http.OfficialScope;
import gov.petition.http.Problem;
import gov.petition.routing.service.CaseDecisions;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Routing decided by people: a leader's instruction and a dispatcher's choice. */
@Path("/api/v1/cases/{caseId}")
@Tag(name = "Dispatch and instruction")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "200", description = "Routed; a gov.petition.case.routed event follows",
        content = @Content(schema = @Schema(implementation = CaseDecisionResource.Routed.class)))
@APIResponse(responseCode = "400", description = "Invalid body; nothing changed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "The case is not where this decision can be taken",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "The unit (or category) named does not exist",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CaseDecisionResource {

    /** A leader's instruction (批示). */
    public record InstructionRequest(
            @NotBlank @Size(max = 1000) @Schema(example = "请市住建局牵头办理，10日内答复") String instruction,
            @NotBlank @Size(max = 64) @Schema(example = "xd.a.zjj") String unitId,
            @Size(max = 1000) @Schema(example = "涉及多个小区，注意统筹") String note) {
    }

    /** A dispatcher's choice of unit. */
    public record DispatchRequest(
            @NotBlank @Size(max = 64) @Schema(example = "xd.a.a3.zjj") String unitId,
            @Size(max = 50) @Schema(example = "城乡建设", description = "Corrects the case's category") String category,
            @Size(max = 1000) @Schema(example = "电梯维保属区住建局职责") String note,
            @Min(1) @Schema(example = "1", description = "The attempt the dispatcher saw in the queue; when the case has been "
                    + "routed since, the dispatch is refused (409) instead of overriding another person's decision") Integer attempt) {
    }

    /** Where the case went. */
    @Schema(name = "RoutedByPerson")
    public record Routed(@Schema(example = "A2026-11-000123") String caseId, @Schema(example = "xd.a.zjj") String unitId,
                         @Schema(example = "A市住房和城乡建设局") String unitName,
                         @Schema(example = "INSTRUCTION", enumeration = {"INSTRUCTION", "MANUAL"}) String reason,
                         @Schema(example = "xd.a.2") String routedBy, @Schema(example = "2") int attempt,
                         @Schema(example = "0", description = "Returns and re-routes so far") int returns,
                         @Schema(example = "ROUTED") String state) {
        static Routed of(CaseDecisions.Rerouted r) {
            return new Routed(r.caseId(), r.unitId(), r.unitName(), r.reason(), r.routedBy(), r.attempt(), r.returns(), r.state());
        }
    }

    private final JsonWebToken token;
    private final CaseDecisions decisions;

    public CaseDecisionResource(JsonWebToken token, CaseDecisions decisions) {
        this.token = token;
        this.decisions = decisions;
    }

    @POST
    @Path("/instruction")
    @RolesAllowed("leader")
    @Operation(summary = "Instruct a case (领导批示)", description = """
            A leader of the unit holding a case that awaits instruction (a letter to the leader, or a leader-mandatory
            category) names the unit to handle it. Emits gov.petition.case.instructed and gov.petition.case.routed
            (reason INSTRUCTION, routedBy the leader, attempt + 1).""")
    public Uni<Routed> instruct(@Parameter(example = "A2026-11-000123") @PathParam("caseId") String caseId,
                                @Valid @NotNull InstructionRequest body) {
        return decisions.instruct(caseId, OfficialScope.of(token), body.instruction(), body.unitId(), body.note()).map(Routed::of);
    }

    @POST
    @Path("/dispatch")
    @RolesAllowed("dispatcher")
    @Operation(summary = "Dispatch a case (派单)", description = """
            A dispatcher sends a case of the dispatch queue to a unit, or re-routes a case its unit has not accepted
            (which counts towards bouncing). Emits gov.petition.case.routed (reason MANUAL, routedBy the dispatcher,
            attempt + 1).""")
    public Uni<Routed> dispatch(@Parameter(example = "A2026-11-000123") @PathParam("caseId") String caseId,
                                @Valid @NotNull DispatchRequest body) {
        return decisions.dispatch(caseId, OfficialScope.of(token), body.unitId(), body.category(), body.note(), body.attempt())
                .map(Routed::of);
    }
}
