package gov.petition.routing.api;

import gov.petition.http.Page;
import gov.petition.http.Problem;
import gov.petition.http.ProblemException;
import gov.petition.routing.domain.RoutingRule;
import gov.petition.routing.repository.RoutingRuleEntity;
import gov.petition.routing.service.CategoryModel;
import gov.petition.routing.service.DirectoryStore;
import gov.petition.routing.service.RuleStore;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/** The routing rules as data: listed and changed by supervisors and dispatchers, effective without a restart. */
@Path("/api/v1/routing/rules")
@Tag(name = "Routing rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"supervisor", "dispatcher"})
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "400", description = "Invalid body; nothing stored",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Neither supervisor nor dispatcher",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RoutingRuleResource {

    /** A rule as written by an administrator. */
    @Schema(name = "RoutingRuleInput")
    public record RuleInput(
            @Size(max = 50) @Schema(example = "城乡建设", description = "First-level category; absent for a keyword-only rule") String category,
            @Size(max = 64) @Schema(example = "xd.a.a3", description = "Where the rule applies (a district or the city); absent for anywhere") String scopeId,
            @Size(max = 20) @Schema(example = "[\"井盖\", \"窨井\"]", description = "Any of them in the title or content") List<@NotBlank @Size(max = 30) String> keywords,
            @NotBlank @Size(max = 64) @Schema(example = "xd.a.a3.cgj") String unitId,
            @Min(-1000) @Max(1000) @Schema(example = "10", description = "Higher wins; the seeded tiered rules have 0") Integer priority,
            @Size(max = 200) @Schema(example = "井盖归城管") String note) {

        RoutingRule toRule(long id) {
            return new RoutingRule(id, blankToNull(category), blankToNull(scopeId), keywords == null ? List.of() : new ArrayList<>(keywords),
                    unitId, priority == null ? 0 : priority, note);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }

    /** A stored rule. */
    @Schema(name = "RoutingRule")
    public record RuleView(@Schema(example = "42") long id, @Schema(example = "城乡建设") String category,
                           @Schema(example = "xd.a.a3") String scopeId, List<String> keywords,
                           @Schema(example = "xd.a.a3.cgj") String unitId, @Schema(example = "10") int priority,
                           @Schema(example = "井盖归城管") String note) {
        static RuleView of(RoutingRule r) {
            return new RuleView(r.id(), r.category(), r.scopeId(), r.keywords(), r.unitId(), r.priority(), r.note());
        }
    }

    private final RuleStore rules;
    private final DirectoryStore directory;
    private final CategoryModel model;

    public RoutingRuleResource(RuleStore rules, DirectoryStore directory, CategoryModel model) {
        this.rules = rules;
        this.directory = directory;
        this.model = model;
    }

    @GET
    @Operation(summary = "List routing rules", description = "Stored rules, by id; filter by the unit they route to or their category.")
    public Uni<Page<RuleView>> list(@Parameter(example = "xd.a.a3.zjj") @QueryParam("unitId") String unitId,
                                    @Parameter(example = "城乡建设") @QueryParam("category") String category,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                    @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (unitId != null) {
            conditions.add("unitId = :unitId");
            params.put("unitId", unitId);
        }
        if (category != null) {
            conditions.add("category = :category");
            params.put("category", category);
        }
        String query = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return Panache.withSession(() -> RoutingRuleEntity.<RoutingRuleEntity>find(query, Sort.by("id"), params).page(page, size).list()
                .chain(list -> RoutingRuleEntity.count(query, params)
                        .map(total -> new Page<>(list.stream().map(e -> RuleView.of(e.toRule())).toList(), total, page, size))));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One routing rule")
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RuleView> get(@PathParam("id") long id) {
        return Panache.withSession(() -> RoutingRuleEntity.<RoutingRuleEntity>findById(id)).map(e -> {
            if (e == null) {
                throw ProblemException.notFound("No routing rule " + id);
            }
            return RuleView.of(e.toRule());
        });
    }

    @POST
    @Operation(summary = "Add a routing rule", description = "Effective at once (the preview shows it); other instances reload within seconds.")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = RuleView.class)))
    @APIResponse(responseCode = "422", description = "Names a unit, scope or category that does not exist; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(@Valid @NotNull RuleInput body, UriInfo uri) {
        return rules.create(body.toRule(0), directory.directory(), model.classifier().categories())
                .map(r -> Response.created(uri.getAbsolutePathBuilder().path(Long.toString(r.id())).build()).entity(RuleView.of(r)).build());
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a routing rule", description = "Replaces the rule; effective at once.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RuleView.class)))
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RuleView> update(@PathParam("id") long id, @Valid @NotNull RuleInput body) {
        return rules.update(id, body.toRule(id), directory.directory(), model.classifier().categories()).map(RuleView::of);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a routing rule", description = "Effective at once.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Void> delete(@PathParam("id") long id) {
        return rules.delete(id);
    }
}
