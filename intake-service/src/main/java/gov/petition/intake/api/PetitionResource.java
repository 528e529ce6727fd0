package gov.petition.intake.api;

import gov.petition.http.Problem;
import gov.petition.intake.service.ChannelGate;
import gov.petition.intake.service.PetitionIntake;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The citizen's door: submit a petition, follow the case. */
@Path("/api/v1/petitions")
@Tag(name = "Petitions", description = "Submit petitions from any channel and follow a case like a parcel")
@Produces(MediaType.APPLICATION_JSON)
public class PetitionResource {

    private final PetitionIntake intake;
    private final ChannelGate gate;

    public PetitionResource(PetitionIntake intake, ChannelGate gate) {
        this.intake = intake;
        this.gate = gate;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a petition",
            description = "Creates one case per channel message: a retry with the same channel and externalId "
                    + "(or the same Idempotency-Key) answers with the same case.")
    @APIResponse(responseCode = "202", description = "Accepted as a case (or the case an earlier try created)",
            content = @Content(schema = @Schema(implementation = SubmitAnswer.class)))
    @APIResponse(responseCode = "400", description = "Invalid petition; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "The channel has a key and did not present it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "The channel is over its rate limit; see Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> submit(@Valid @NotNull SubmitPetition request,
                                @Parameter(description = "Optional key naming this submission across retries")
                                @HeaderParam("Idempotency-Key") @Size(max = 128) String idempotencyKey,
                                @Parameter(description = "The channel front end's key, where the channel has one")
                                @HeaderParam("X-Channel-Key") String channelKey) {
        gate.admit(request.channel(), channelKey);
        return intake.submit(request, idempotencyKey).map(s -> Response.accepted(s.answer())
                .header("Idempotent-Replayed", String.valueOf(!s.created())).build());
    }

    @POST
    @Path("/{caseId}/follow-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a follow-up to an open case",
            description = "The citizen asks again in the same thread (with the tracking code); the unit handling the case is told.")
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = FollowUp.Answer.class)))
    @APIResponse(responseCode = "404", description = "No such case, or the tracking code does not match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The case is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> followUp(@Parameter(example = "A2026-11-000123") @PathParam("caseId") String caseId,
                                  @Valid @NotNull FollowUp followUp) {
        return intake.followUp(caseId, followUp).map(a -> Response.accepted(a).build());
    }

    @GET
    @Path("/{caseId}")
    @Operation(summary = "Follow a case", description = "Status, the unit holding it, deadlines and every step so far. "
            + "Needs the tracking code given on submission.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = "No such case, or the tracking code does not match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CaseView> view(@Parameter(example = "A2026-11-000123") @PathParam("caseId") String caseId,
                              @Parameter(example = "K7QM2X9PRT", required = true) @QueryParam("trackingCode") String trackingCode) {
        return intake.view(caseId, trackingCode);
    }
}
