package gov.petition.routing.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.petition.http.Page;
import gov.petition.http.Problem;
import gov.petition.routing.domain.RoutingPolicy;
import gov.petition.routing.repository.CaseUrgency;
import gov.petition.routing.repository.RoutedCase;
import io.quarkus.hibernate.reactive.panache.Panache;
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
import java.util.ArrayList;
import java.util.List;

/**
 * The dispatchers' queue (12345 desk): cases routing could not decide, returns, and cases to re-route; urgent cases
 * (public safety, with a make-safe deadline hours away) first.
 */
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
    public record Item(@Schema(example = "A2026-11-000123") String caseId, @Schema(example = "人民路井盖丢失，晚上很危险") String title,
                       @Schema(example = "true", description = "Handling marked it urgent (public safety): made safe on site and "
                               + "repaired round the clock, within hours") boolean urgent,
                       @Schema(example = "井盖", nullable = true, description = "The public-safety word its text names; null when not urgent")
                       String urgentKeyword,
                       @Schema(example = "2026-11-23T14:05:00+08:00", nullable = true,
                               description = "Must be made safe on site (处置) by; null when not urgent or the rule sets no limit")
                       OffsetDateTime handleDue,
                       @Schema(example = "2026-11-24T11:05:00+08:00", nullable = true,
                               description = "Must be repaired (修复) by; null when not urgent or the rule sets no limit")
                       OffsetDateTime fixDue,
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
            Cases waiting for a dispatcher: urgent cases first (public safety: made safe on site within hours, with
            urgentKeyword, handleDue and fixDue), then the others, each group oldest first. UNDECIDED (routing was not
            confident), RETURNED (a unit sent it back, with its reason), REROUTE (its unit has not accepted it in time).""")
    @APIResponse(responseCode = "200", description = "One page of the queue")
    @APIResponse(responseCode = "401", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a dispatcher",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<Item>> queue(@Parameter(description = "Only items there for this reason", example = "RETURNED")
                                 @QueryParam("reason") @Pattern(regexp = "UNDECIDED|RETURNED|REROUTE") String reason,
                                 @Parameter(description = "true: only urgent cases; false: only the others; absent: all", example = "true")
                                 @QueryParam("urgent") @Pattern(regexp = "true|false") String urgent,
                                 @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                 @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        // The urgency is a row of its own (it may come before the case), joined here; see V3__case_urgency.sql.
        StringBuilder where = new StringBuilder(" from RoutedCase c left join CaseUrgency u on u.caseId = c.caseId where c.queueReason is not null");
        if (reason != null) {
            where.append(" and c.queueReason = :reason");
        }
        if (urgent != null) {
            where.append(Boolean.parseBoolean(urgent) ? " and u.caseId is not null" : " and u.caseId is null");
        }
        String select = "select c, u" + where + " order by case when u.caseId is null then 1 else 0 end, c.queuedAt, c.caseId";
        String count = "select count(c)" + where;
        return Panache.withSession(() -> Panache.getSession().chain(session -> {
            var items = session.createSelectionQuery(select, Object[].class);
            var total = session.createSelectionQuery(count, Long.class);
            if (reason != null) {
                items.setParameter("reason", reason);
                total.setParameter("reason", reason);
            }
            return items.setFirstResult(page * size).setMaxResults(size).getResultList()
                    .chain(rows -> total.getSingleResult().map(n -> {
                        List<Item> list = new ArrayList<>(rows.size());
                        rows.forEach(row -> list.add(item((RoutedCase) row[0], (CaseUrgency) row[1])));
                        return new Page<>(list, n, page, size);
                    }));
        }));
    }

    /** The queue entry of a case; {@code urgency} null when the case is not urgent. */
    private Item item(RoutedCase c, CaseUrgency urgency) {
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
        boolean urgent = urgency != null;
        return new Item(c.caseId, c.title, urgent, urgent ? urgency.keyword : null, urgent ? urgency.handleDue : null,
                urgent ? urgency.fixDue : null, c.queueReason, c.queuedAt, c.unitId, c.unitName, c.category, c.returns, c.attempt,
                returnedBy, suggestions);
    }
}
