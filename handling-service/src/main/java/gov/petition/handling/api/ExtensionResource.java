package gov.petition.handling.api;

import gov.petition.handling.repository.ExtensionRequest;
import gov.petition.handling.service.Extensions;
import gov.petition.http.OfficialScope;
import gov.petition.http.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;

/** Extensions (延期): the holding unit asks for a later reply deadline, a level above decides. */
@Path("/api/v1/cases/{caseId}/extension")
@Tag(name = "Handling")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("official")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "400", description = "Invalid body; nothing changed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ExtensionResource {

    /** Body of an extension request. */
    @Schema(name = "ExtensionRequest")
    public record Request(
            @NotBlank @Size(max = 2000) @Schema(required = true, description = "Why the unit needs more time",
                    example = "需协调市交警支队、学校三方现场会商，预计下周完成。") String reason,
            @NotNull @Future @Schema(required = true, description = "The reply deadline asked for; after the current one",
                    example = "2026-12-07T17:00:00+08:00") OffsetDateTime until,
            @Size(max = 2000) @Schema(example = "已与市民沟通延期事宜") String note) {
    }

    /** Body of a decision on an extension request. */
    @Schema(name = "ExtensionDecision")
    public record Decision(
            @NotNull @Schema(required = true, description = "Whether the extension is granted", example = "true") Boolean granted,
            @Size(max = 2000) @Schema(example = "同意延期，请按期答复") String note) {
    }

    /** An extension request and, once made, its decision. */
    @Schema(name = "Extension")
    public record Answer(@Schema(example = "0b6f6c1e-6a43-4c59-9a43-58a0ee3e2d71") String extensionId,
                         @Schema(example = "A2026-11-000123") String caseId,
                         @Schema(example = "xd.a.jyj") String unitId,
                         @Schema(description = "REQUESTED, GRANTED or DENIED", example = "REQUESTED") String status,
                         @Schema(example = "需协调三方现场会商") String reason,
                         @Schema(description = "The reply deadline asked for", example = "2026-12-07T09:00:00Z") OffsetDateTime until,
                         @Schema(description = "The reply deadline when asked", example = "2026-11-30T09:00:00Z") OffsetDateTime previousDue,
                         @Schema(example = "钟新浩") String requestedByName,
                         OffsetDateTime requestedAt,
                         @Schema(example = "胡华衡") String decidedByName,
                         OffsetDateTime decidedAt,
                         String decisionNote) {
        static Answer of(ExtensionRequest x) {
            return new Answer(x.extensionId, x.caseId, x.unitId, x.status, x.reason, x.until, x.previousDue,
                    x.requestedByName, x.requestedAt, x.decidedByName, x.decidedAt, x.decisionNote);
        }
    }

    private final JsonWebToken token;
    private final Extensions extensions;

    public ExtensionResource(JsonWebToken token, Extensions extensions) {
        this.token = token;
        this.extensions = extensions;
    }

    @POST
    @Operation(summary = "Ask for an extension (延期申请)", description = "By an official of the unit holding the case, "
            + "while its reply deadline runs; refused when a request awaits a decision or the date is not after the "
            + "current reply deadline. Emits gov.petition.case.extension-requested.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "request", value = """
            {"reason":"需协调市交警支队、学校三方现场会商，预计下周完成。","until":"2026-12-07T17:00:00+08:00","note":"已与市民沟通延期事宜"}""")))
    @APIResponse(responseCode = "200", description = "Requested", content = @Content(schema = @Schema(implementation = Answer.class)))
    public Uni<Answer> request(@Parameter(example = "A2026-11-000123") @PathParam("caseId") String caseId,
                               @Valid @NotNull Request body) {
        return extensions.request(caseId, OfficialScope.of(token), body.reason(), body.until(), body.note()).map(Answer::of);
    }

    @POST
    @Path("/{extensionId}/decision")
    @Operation(summary = "Grant or deny an extension (延期审批)", description = "By a leader or supervisor of a level above "
            + "the unit that asked (never that unit itself). A grant moves the reply deadline and its warning and "
            + "overdue timers. Emits gov.petition.case.extension-decided.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "grant", value = """
            {"granted":true,"note":"同意延期，请按期答复"}""")))
    @APIResponse(responseCode = "200", description = "Decided", content = @Content(schema = @Schema(implementation = Answer.class)))
    public Uni<Answer> decide(@Parameter(example = "A2026-11-000123") @PathParam("caseId") String caseId,
                              @Parameter(example = "0b6f6c1e-6a43-4c59-9a43-58a0ee3e2d71") @PathParam("extensionId") String extensionId,
                              @Valid @NotNull Decision body) {
        return extensions.decide(caseId, extensionId, OfficialScope.of(token), body.granted(), body.note()).map(Answer::of);
    }
}
