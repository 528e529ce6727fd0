package gov.petition.evaluation.api;

import gov.petition.evaluation.service.CitizenRatings;
import gov.petition.http.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The citizen's rating of a reply; no account, the tracking code proves the case is theirs. */
@Path("/api/v1/cases/{caseId}/rating")
@Tag(name = "Rating")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RatingResource {

    private final CitizenRatings ratings;

    public RatingResource(CitizenRatings ratings) {
        this.ratings = ratings;
    }

    @POST
    @Operation(summary = "Rate the reply (满意 / 基本满意 / 不满意)",
            description = "Once per reply round, after the unit replied. Unsatisfied and unsolved sends the case back to the unit, "
                    + "up to a configured number of rounds.")
    @APIResponse(responseCode = "200", description = "Rating recorded",
            content = @Content(schema = @Schema(implementation = RatingAnswer.class)))
    @APIResponse(responseCode = "400", description = "Invalid body; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case, or a wrong tracking code (answered alike)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No reply to rate yet, or this reply round is already rated",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RatingAnswer> rate(@Parameter(example = "A2026-11-000123") @PathParam("caseId") String caseId,
                                  @Valid @NotNull RatingRequest body) {
        return ratings.rate(caseId, body);
    }
}
