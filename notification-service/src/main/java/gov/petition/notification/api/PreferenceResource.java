package gov.petition.notification.api;

import gov.petition.http.Problem;
import gov.petition.http.ProblemException;
import gov.petition.notification.config.DeliveryPolicy;
import gov.petition.notification.domain.ContactDigest;
import gov.petition.notification.domain.DeliveryChannel;
import gov.petition.notification.repository.CaseContact;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import java.util.List;

/** The citizen's choices: which channel, and whether to hear of non-essential steps. The tracking code proves the case is theirs. */
@Path("/api/v1/preferences")
@Tag(name = "Preferences")
@Produces(MediaType.APPLICATION_JSON)
public class PreferenceResource {

    private static final Logger LOG = Logger.getLogger(PreferenceResource.class);

    @Schema(name = "PreferenceRequest")
    public record PreferenceRequest(
            @NotBlank @Size(max = 64) @Schema(required = true, example = "A2026-11-000123") String caseId,
            @NotBlank @Size(max = 32) @Schema(required = true, example = "K7QM2X9PRT") String trackingCode,
            @Schema(description = "SMS, EMAIL or WEBHOOK (back to the channel the petition came from); must be one the citizen can be "
                    + "reached on; omitted: unchanged", example = "EMAIL") DeliveryChannel channel,
            @Schema(description = "false: only essential messages (received, rejected, reply); omitted: unchanged", example = "false")
            Boolean nonEssential) {
    }

    @Schema(name = "Preferences")
    public record Preferences(@Schema(example = "A2026-11-000123") String caseId,
                              @Schema(description = "The channel notices now go on", example = "EMAIL") DeliveryChannel channel,
                              @Schema(description = "The channels the citizen can be reached on", example = "[\"SMS\",\"EMAIL\"]")
                              List<DeliveryChannel> available,
                              @Schema(example = "false") boolean nonEssential) {
    }

    private final DeliveryPolicy policy;

    public PreferenceResource(DeliveryPolicy policy) {
        this.policy = policy;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the channel and opt out of non-essential messages",
            description = "Applies to notices recorded from now on. Essential ones (received, rejected, reply) are always sent.")
    @APIResponse(responseCode = "200", description = "The preferences now in force")
    @APIResponse(responseCode = "400", description = "Invalid body, or a channel the citizen cannot be reached on",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case, or the tracking code does not match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Preferences> put(@Valid @NotNull PreferenceRequest body) {
        return Panache.withTransaction(() -> owned(body.caseId(), body.trackingCode()).map(c -> {
            List<DeliveryChannel> available = c.contact().reachableBy(policy.webhookChannels());
            if (body.channel() != null) {
                if (!available.contains(body.channel())) {
                    throw ProblemException.invalid("channel", "这个诉求没有留下该渠道的联系方式 / not a channel this citizen can be reached on: "
                            + available);
                }
                c.chosenChannel = body.channel().name();
            }
            if (body.nonEssential() != null) {
                c.nonEssential = body.nonEssential();
            }
            LOG.infof("case %s: citizen set preferences (channel %s, non-essential %s)", c.caseId, c.chosenChannel, c.nonEssential);
            return answer(c);
        }));
    }

    @GET
    @Operation(summary = "The citizen's preferences")
    @APIResponse(responseCode = "404", description = "No such case, or the tracking code does not match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Preferences> get(@Parameter(required = true, example = "A2026-11-000123") @QueryParam("caseId") String caseId,
                                @Parameter(required = true, example = "K7QM2X9PRT") @QueryParam("trackingCode") String trackingCode) {
        return Panache.withSession(() -> owned(caseId, trackingCode).map(this::answer));
    }

    private Preferences answer(CaseContact c) {
        return new Preferences(c.caseId, c.contact().deliveryChannel(policy.webhookChannels()),
                c.contact().reachableBy(policy.webhookChannels()), c.nonEssential);
    }

    /** The case's contact when the tracking code is the case's; 404 alike for no case and a wrong code. */
    private Uni<CaseContact> owned(String caseId, String trackingCode) {
        if (caseId == null || caseId.isBlank() || trackingCode == null || trackingCode.isBlank()) {
            throw ProblemException.invalid(caseId == null || caseId.isBlank() ? "caseId" : "trackingCode", "is required");
        }
        return CaseContact.<CaseContact>findById(caseId).map(c -> {
            if (c == null || !ContactDigest.matches(c.trackingDigest, policy.digest().ofTrackingCode(trackingCode))) {
                throw ProblemException.notFound("No case " + caseId + " with this tracking code");
            }
            return c;
        });
    }
}
