package gov.petition.routing.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.petition.http.Page;
import gov.petition.http.Problem;
import gov.petition.routing.domain.RoutingPolicy;
import gov.petition.routing.repository.RoutedCase;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;

/** The dispatchers' queue (12345 desk): cases routing could not decide, returns, and cases to re-route. */
@Path("/api/v1/dispatch/queue")
@Tag(name = "Dispatch and instruction")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class DispatchQueueResource {

    /** The unit that returned a case, and why. */
    public record ReturnedBy(@Schema(example = "xd.a.jyj") String unitId, @Schema(example = "A市教育局") String unitName,
                             @Schema(example = "该路段由A3区负责管理，不属于本局职责。") String reason) {
    }

    /** One case waiting for a dispatcher. */
    @Schema(name = "DispatchItem")
    public record Item(@Schema(example = "A2026-11-000123") String caseId, @Schema(example = "小区电梯坏了三个月没人修") String title,
                       @Schema(example = "RETURNED", enumeration = {"UNDECIDED", "RETURNED", "REROUTE"}) String reason,
                       OffsetDateTime since, @Schema(example = "xd.a.zwj", description = "The unit holding the case now") String unitId,
                       String unitName, @Schema(example = "城乡建设") String category,
                       @Schema(example = "1", description = "Returns and re-routes so far") int returns,
                       @Schema(example = "2") int attempt, ReturnedBy returnedBy,
                       @Schema(description = "Units the classifier suggests, likeliest first") List<RoutingPolicy.Suggestion> suggestions) {
    }

    private static final TypeReference<List<RoutingPolicy.Suggestion>> SUGGESTIONS = new TypeReference<>() {
    };

    private final ObjectMapper mapper;

    public DispatchQueueResource(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @GET
    @RolesAllowed("dispatcher")
    @Operation(summary = "The dispatch queue", description = """
            Cases waiting for a dispatcher, oldest first: UNDECIDED (routing was not confident), RETURNED (a unit sent
            it back, with its reason), REROUTE (its unit has not accepted it in time).""")
    @APIResponse(responseCode = "200", description = "One page of the queue")
    @APIResponse(responseCode = "401", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a dispatcher",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<Item>> queue(@Parameter(description = "Only items there for this reason", example = "RETURNED")
                                 @QueryParam("reason") @Pattern(regexp = "UNDECIDED|RETURNED|REROUTE") String reason,
                                 @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                 @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        String query = reason == null ? "queueReason is not null" : "queueReason = ?1";
        Object[] params = reason == null ? new Object[0] : new Object[]{reason};
        return Panache.withSession(() -> RoutedCase.<RoutedCase>find(query, Sort.by("queuedAt").and("caseId"), params).page(page, size).list()
                .chain(list -> RoutedCase.count(query, params).map(total -> new Page<>(list.stream().map(this::item).toList(), total, page, size))));
    }

    private Item item(RoutedCase c) {
        List<RoutingPolicy.Suggestion> suggestions;
        try {
            suggestions = c.suggestions == null ? List.of() : mapper.readValue(c.suggestions, SUGGESTIONS);
        } catch (IOException e) {
            suggestions = List.of();
        }
        if (c.returnedByUnitId != null) {
            suggestions = suggestions.stream().filter(s -> !s.unitId().equals(c.returnedByUnitId)).toList();
        }
        ReturnedBy returnedBy = c.returnedByUnitId == null ? null : new ReturnedBy(c.returnedByUnitId, c.returnedByUnitName, c.returnReason);
        return new Item(c.caseId, c.title, c.queueReason, c.queuedAt, c.unitId, c.unitName, c.category, c.returns, c.attempt, returnedBy,
                suggestions);
    }
}
