package gov.petition.routing.api;

import gov.petition.routing.domain.RoutingDecision;
import gov.petition.routing.service.CaseRouter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Dry runs of the routing decision. */
@Path("/api/v1/routing/preview")
@Tag(name = "Routing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoutingPreviewResource {

    /** What routing would look at. */
    @Schema(name = "RoutingPreviewRequest")
    public record PreviewRequest(@Size(max = 100) @Schema(example = "小区电梯坏了三个月没人修") String title,
                                 @Size(max = 5000) String content,
                                 @Size(max = 100) @Schema(example = "胡书记") String addressee,
                                 @Size(max = 50) @Schema(example = "城乡建设") String category,
                                 @Size(max = 64) @Schema(example = "xd.a.a3") String regionCode) {
    }

    /** The decision. */
    @Schema(name = "RoutingPreview")
    public record Preview(@Schema(example = "xd.a.a3.zjj") String unitId, @Schema(example = "A3区住房和城乡建设局") String unitName,
                          String officialId, @Schema(example = "城乡建设") String category,
                          @Schema(example = "RULE") String reason, @Schema(example = "0.9") double confidence,
                          boolean leaderRequired) {
    }

    private final CaseRouter router;

    public RoutingPreviewResource(CaseRouter router) {
        this.router = router;
    }

    @POST
    @Operation(summary = "Which unit would handle this", description = "Answers the routing decision without creating anything.")
    public Preview preview(@Valid @NotNull PreviewRequest request) {
        RoutingDecision d = router.preview(request.title(), request.content(), request.addressee(), request.category(),
                request.regionCode());
        return new Preview(d.unitId(), d.unitName(), d.officialId(), d.category(), d.reason().name(), d.confidence(),
                d.leaderRequired());
    }
}
