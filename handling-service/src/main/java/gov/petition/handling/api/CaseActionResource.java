package gov.petition.handling.api;

import gov.petition.handling.domain.ContactMethod;
import gov.petition.handling.domain.HandlingCommand;
import gov.petition.handling.service.CaseHandling;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The unit's handling steps on a case, each by a named official of the unit holding it. */
@Path("/api/v1/cases/{caseId}")
@Tag(name = "Handling")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("official")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "200", description = "Step taken; the case's new status",
        content = @Content(schema = @Schema(implementation = ActionAnswer.class)))
@APIResponse(responseCode = "400", description = "Invalid body; nothing changed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The official is not of the unit holding the case",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "The case's status does not allow this step; the detail names the status and the allowed steps",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CaseActionResource {

    private final JsonWebToken token;
    private final CaseHandling handling;

    public CaseActionResource(JsonWebToken token, CaseHandling handling) {
        this.token = token;
        this.handling = handling;
    }

    @POST
    @Path("/sign")
    @Operation(summary = "Sign for a case (签收)", description = "The unit acknowledges the routed case. Allowed from ROUTED.")
    public Uni<ActionAnswer> sign(@Parameter(example = "A2026-11-000123") @PathParam("caseId") String caseId, @Valid ActionRequests.Note body) {
        return act(caseId, new HandlingCommand.Sign(note(body)));
    }

    @POST
    @Path("/accept")
    @Operation(summary = "Accept a case for handling (受理)", description = "Allowed from SIGNED; the reply deadline now runs.")
    public Uni<ActionAnswer> accept(@Parameter(example = "A2026-11-000123") @PathParam("caseId") String caseId, @Valid ActionRequests.Note body) {
        return act(caseId, new HandlingCommand.Accept(note(body)));
    }

    @POST
    @Path("/reject")
    @Operation(summary = "Decline a case (不予受理)",
            description = "As outside what the platform may handle, with the rule it rests on. Allowed from SIGNED.")
    public Uni<ActionAnswer> reject(@Parameter(example = "A2026-11-000123") @PathParam("caseId") String caseId, @Valid @NotNull ActionRequests.Reject body) {
        return act(caseId, new HandlingCommand.Reject(body.reason(), body.rule(), body.note()));
    }

    @POST
    @Path("/return")
    @Operation(summary = "Return a case to dispatch (退回)",
            description = "As not the unit's business; it leaves the unit's queue and is routed again. Allowed from ROUTED and SIGNED.")
    public Uni<ActionAnswer> giveBack(@Parameter(example = "A2026-11-000123") @PathParam("caseId") String caseId, @Valid @NotNull ActionRequests.Return body) {
        return act(caseId, new HandlingCommand.Return(body.reason(), body.note()));
    }

    @POST
    @Path("/contact")
    @Operation(summary = "Record contact with the citizen (沟通)", description = "How and what. Allowed from ACCEPTED and IN_PROGRESS.")
    public Uni<ActionAnswer> contact(@Parameter(example = "A2026-11-000123") @PathParam("caseId") String caseId, @Valid @NotNull ActionRequests.Contact body) {
        ContactMethod method = body.method() == null ? ContactMethod.OTHER : body.method();
        return act(caseId, new HandlingCommand.Contact(method, body.summary(), body.note()));
    }

    @POST
    @Path("/reply")
    @Operation(summary = "Reply to the citizen (答复)",
            description = "Signed with the responder's real name and unit (实名回应). Allowed from ACCEPTED and IN_PROGRESS.")
    public Uni<ActionAnswer> reply(@Parameter(example = "A2026-11-000123") @PathParam("caseId") String caseId, @Valid @NotNull ActionRequests.Reply body) {
        return act(caseId, new HandlingCommand.Reply(body.reply(), body.note()));
    }

    @POST
    @Path("/complete")
    @Operation(summary = "Complete a case (办结)", description = "Allowed from REPLIED; the citizen may then rate the reply.")
    public Uni<ActionAnswer> complete(@Parameter(example = "A2026-11-000123") @PathParam("caseId") String caseId, @Valid ActionRequests.Note body) {
        return act(caseId, new HandlingCommand.Complete(note(body)));
    }

    @POST
    @Path("/handle")
    @Operation(summary = "Record that an urgent case was made safe on site (处置)",
            description = "Urgent public-safety cases only (those with a HANDLE time limit, e.g. 3 hours from the report): "
                    + "what was done on site. Meets the HANDLE deadline and leaves the status as it is; the FIX deadline "
                    + "(e.g. 24 hours) is met when the case is completed. Allowed once, while the unit holds the case "
                    + "(ROUTED to REOPENED, before completion); 409 on a case that is not urgent or was made safe already.")
    public Uni<ActionAnswer> handle(@Parameter(example = "A2026-11-000123") @PathParam("caseId") String caseId, @Valid @NotNull ActionRequests.Handle body) {
        return act(caseId, new HandlingCommand.Handle(body.measures(), body.note()));
    }

    private Uni<ActionAnswer> act(String caseId, HandlingCommand command) {
        return handling.act(caseId, OfficialScope.of(token), command);
    }

    private static String note(ActionRequests.Note body) {
        return body == null ? null : body.note();
    }
}
