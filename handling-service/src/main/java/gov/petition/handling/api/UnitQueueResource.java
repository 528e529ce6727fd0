package gov.petition.handling.api;

import gov.petition.handling.repository.WorkItem;
import gov.petition.http.OfficialScope;
import gov.petition.http.Page;
import gov.petition.http.Problem;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;

/** A unit's work queue: the cases it must handle, oldest first. */
@Path("/api/v1/units/{unitId}/queue")
@Tag(name = "Work queue")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("official")
@SecurityRequirement(name = "bearer")
public class UnitQueueResource {

    /** One case in the queue. */
    @Schema(name = "QueueItem")
    public record QueueItem(@Schema(example = "A2026-11-000123") String caseId, @Schema(example = "xd.a.a3.zjj") String unitId,
                            String unitName, @Schema(example = "小区电梯坏了三个月没人修") String title,
                            @Schema(example = "城乡建设") String category, @Schema(example = "MAILBOX") String channel,
                            OffsetDateTime receivedAt, OffsetDateTime routedAt, @Schema(example = "ROUTED") String status,
                            @Schema(description = "Follow-up messages from the citizen", example = "1") int followUps,
                            OffsetDateTime lastFollowUpAt) {
    }

    private final JsonWebToken token;

    public UnitQueueResource(JsonWebToken token) {
        this.token = token;
    }

    @GET
    @Operation(summary = "A unit's work queue", description = "Cases routed to the unit, oldest first. "
            + "Officials see their own unit; leaders and supervisors also the units below theirs.")
    @APIResponse(responseCode = "401", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<QueueItem>> queue(@Parameter(example = "xd.a.a3.zjj") @PathParam("unitId") String unitId,
                                      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        OfficialScope.of(token).requireCovers(unitId);
        return Panache.withSession(() -> WorkItem.<WorkItem>find("unitId", Sort.by("routedAt").and("caseId"), unitId)
                .page(page, size).list()
                .chain(items -> WorkItem.count("unitId", unitId).map(total -> new Page<>(items.stream()
                        .map(w -> new QueueItem(w.caseId, w.unitId, w.unitName, w.title, w.category, w.channel,
                                w.receivedAt, w.routedAt, w.status, w.followUps, w.lastFollowUpAt)).toList(), total, page, size))));
    }
}
