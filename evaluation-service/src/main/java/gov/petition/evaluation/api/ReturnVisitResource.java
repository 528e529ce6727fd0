package gov.petition.evaluation.api;

import gov.petition.evaluation.service.CaseClosing;
import gov.petition.http.OfficialScope;
import gov.petition.http.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff record the return visit (回访) of a completed case, which closes it. */
@Path("/api/v1/cases/{caseId}/return-visit")
@Tag(name = "Return visit")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("official")
@SecurityRequirement(name = "bearer")
public class ReturnVisitResource {

    private final JsonWebToken token;
    private final CaseClosing closing;

    public ReturnVisitResource(JsonWebToken token, CaseClosing closing) {
        this.token = token;
        this.closing = closing;
    }

    @POST
    @Operation(summary = "Record the return visit (回访) and close the case",
            description = "By an official of the unit that handled the case (or a supervisor). Emits "
                    + "gov.petition.case.return-visited then gov.petition.case.closed (reason RETURN_VISIT). UNSOLVED counts as "
                    + "the problem unresolved (repeated problems go to supervision).")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReturnVisitRequest.class), examples = @ExampleObject(name = "solved",
            value = "{\"outcome\":\"SOLVED\",\"note\":\"电话回访，群众表示路灯已修复，满意。\"}")))
    @APIResponse(responseCode = "200", description = "Recorded; the case is closed",
            content = @Content(schema = @Schema(implementation = ReturnVisitAnswer.class), examples = @ExampleObject(name = "closed",
                    value = "{\"caseId\":\"A2026-11-000123\",\"outcome\":\"SOLVED\",\"at\":\"2026-11-30T02:00:00Z\",\"closed\":true,\"closedReason\":\"RETURN_VISIT\"}")))
    @APIResponse(responseCode = "400", description = "Invalid body; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an official of the case's unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not completed yet, or already closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ReturnVisitAnswer> record(@Parameter(example = "A2026-11-000123") @PathParam("caseId") String caseId,
                                         @Valid @NotNull ReturnVisitRequest body) {
        return closing.recordReturnVisit(caseId, OfficialScope.of(token), body.outcome(), body.note());
    }
}
