package gov.petition.evaluation.api;

import gov.petition.evaluation.domain.Period;
import gov.petition.evaluation.service.Reviews;
import gov.petition.http.OfficialScope;
import gov.petition.http.Problem;
import gov.petition.http.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Third-party review (第三方评议) of disputed cases, the monthly third-party evaluation of units, and the pool panels come from. */
@Path("/api/v1")
@Tag(name = "Third-party review")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("official")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "400", description = "Invalid body or path; nothing stored",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed for this official",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "Not in a state that allows it (review open or concluded, case closed, nothing to sample)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReviewResource {

    private static final String REVIEW_EXAMPLE = """
            {"reviewId":"RV-5b0e1c7e-3f0a-4a59-9c55-0d1b1d6f7a10","kind":"CASE","caseId":"A2026-11-000123","unitId":"xd.a.a3.jyj",
             "reason":"群众经多轮答复仍不满意 / still unsatisfied after the last reopening round",
             "panel":[{"memberId":"pool.expert.2","name":"李明华","role":"EXPERT","title":"城市管理专家"},
                      {"memberId":"pool.lawyer.2","name":"吴海涛","role":"LAWYER","title":"执业律师"}],
             "findings":[{"memberId":"pool.lawyer.2","finding":"答复依据充分，但未说明整改时限。","at":"2026-11-20T02:00:00Z"}],
             "openedAt":"2026-11-18T02:00:00Z"}""";

    private final JsonWebToken token;
    private final Reviews reviews;

    public ReviewResource(JsonWebToken token, Reviews reviews) {
        this.token = token;
        this.reviews = reviews;
    }

    @POST
    @Path("/cases/{caseId}/review")
    @Consumes(MediaType.WILDCARD) // the body is optional
    @Operation(summary = "Open a third-party review of a case",
            description = "A panel is drawn at random from the pool (one expert, deputy, lawyer and citizen representative, then at random). "
                    + "Also opened automatically when the citizen is still unsatisfied after the last reopening round. Emits gov.petition.review.opened.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReviewViews.OpenRequest.class),
            examples = @ExampleObject(name = "staff", value = "{\"reason\":\"群众对两次答复均不满意，申请第三方评议\"}")))
    @APIResponse(responseCode = "200", description = "Opened",
            content = @Content(schema = @Schema(implementation = ReviewViews.View.class), examples = @ExampleObject(name = "opened", value = REVIEW_EXAMPLE)))
    public Uni<ReviewViews.View> open(@Parameter(example = "A2026-11-000123") @PathParam("caseId") String caseId,
                                      @Valid ReviewViews.OpenRequest body) {
        return reviews.openForCase(caseId, body == null ? null : body.reason());
    }

    @GET
    @Path("/reviews/{reviewId}")
    @Operation(summary = "A review or unit evaluation with its panel, findings and conclusion")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReviewViews.View.class),
            examples = @ExampleObject(name = "review", value = REVIEW_EXAMPLE)))
    public Uni<ReviewViews.View> get(@Parameter(example = "RV-5b0e1c7e-3f0a-4a59-9c55-0d1b1d6f7a10") @PathParam("reviewId") String reviewId) {
        return reviews.view(reviewId);
    }

    @POST
    @Path("/reviews/{reviewId}/findings")
    @Operation(summary = "Record a panel member's finding",
            description = "The member must be on the panel; recording again replaces the member's finding. In a unit evaluation each "
                    + "finding names one sampled case and scores it 0..100.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReviewViews.FindingRequest.class), examples = {
            @ExampleObject(name = "review", value = "{\"memberId\":\"pool.lawyer.2\",\"finding\":\"答复依据充分，但未说明整改时限。\"}"),
            @ExampleObject(name = "evaluation", value = "{\"memberId\":\"pool.expert.1\",\"caseId\":\"A2026-11-000123\",\"finding\":\"办理及时，答复清楚。\",\"score\":90}")}))
    @APIResponse(responseCode = "200", description = "Recorded; the review as it now stands",
            content = @Content(schema = @Schema(implementation = ReviewViews.View.class), examples = @ExampleObject(name = "review", value = REVIEW_EXAMPLE)))
    public Uni<ReviewViews.View> finding(@Parameter(example = "RV-5b0e1c7e-3f0a-4a59-9c55-0d1b1d6f7a10") @PathParam("reviewId") String reviewId,
                                         @Valid @NotNull ReviewViews.FindingRequest body) {
        return reviews.addFinding(reviewId, body);
    }

    @POST
    @Path("/reviews/{reviewId}/conclusion")
    @Operation(summary = "Conclude a review",
            description = "Emits gov.petition.review.concluded; UPHELD also closes the case (gov.petition.case.closed, reason REVIEW). "
                    + "NOT_UPHELD: the unit must handle the case again: gov.petition.case.reopened for the round last "
                    + "replied, which puts it back in the unit's queue with a new reply deadline.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReviewViews.ConclusionRequest.class), examples = @ExampleObject(
            name = "upheld", value = "{\"conclusion\":\"UPHELD\",\"summary\":\"经评议，答复合法合理，群众诉求已依规处理。\"}")))
    @APIResponse(responseCode = "200", description = "Concluded",
            content = @Content(schema = @Schema(implementation = ReviewViews.View.class), examples = @ExampleObject(name = "review", value = REVIEW_EXAMPLE)))
    public Uni<ReviewViews.View> conclude(@Parameter(example = "RV-5b0e1c7e-3f0a-4a59-9c55-0d1b1d6f7a10") @PathParam("reviewId") String reviewId,
                                          @Valid @NotNull ReviewViews.ConclusionRequest body) {
        return reviews.conclude(reviewId, body);
    }

    @POST
    @Path("/units/{unitId}/evaluations/{period}")
    @Consumes(MediaType.WILDCARD) // no body
    @Operation(summary = "Draw a unit's monthly third-party evaluation (Mianyang)",
            description = "A random sample of the unit's cases completed in the month and a random panel; the panel scores each "
                    + "sampled case with findings. One per unit and month: drawing again answers the same evaluation.")
    @APIResponse(responseCode = "200", description = "The evaluation", content = @Content(schema = @Schema(implementation = ReviewViews.View.class),
            examples = @ExampleObject(name = "evaluation", value = """
                    {"reviewId":"EV-0c1d","kind":"UNIT","unitId":"xd.a.a3.jyj","period":"2026-11","reason":"月度第三方评价 / monthly third-party evaluation",
                     "panel":[{"memberId":"pool.expert.1","name":"王建国","role":"EXPERT","title":"城市管理专家"}],
                     "sample":["A2026-11-000123","A2026-11-000456"],"findings":[],"openedAt":"2026-12-01T02:00:00Z"}""")))
    public Uni<ReviewViews.View> evaluate(@Parameter(example = "xd.a.a3.jyj") @PathParam("unitId") String unitId,
                                          @Parameter(example = "2026-11") @PathParam("period") String period) {
        OfficialScope official = OfficialScope.of(token);
        if (!official.roles().contains(OfficialScope.ROLE_SUPERVISOR) && !official.covers(unitId)) {
            throw ProblemException.forbidden("Only a supervisor or a leader over unit " + unitId + " draws its evaluation");
        }
        try {
            return reviews.evaluateUnit(unitId, Period.of(YearMonth.parse(period)));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("period", "期间格式应为 YYYY-MM / period must look like 2026-11");
        }
    }

    @GET
    @Path("/review-pool")
    @Operation(summary = "The pool panels are drawn from", description = "Loaded from the bundled review-pool.json at start.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReviewViews.Member.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY),
            examples = @ExampleObject(name = "pool", value = "[{\"memberId\":\"pool.deputy.1\",\"name\":\"刘桂英\",\"role\":\"DEPUTY\",\"title\":\"市人大代表\"}]")))
    public Uni<List<ReviewViews.Member>> pool() {
        return reviews.pool();
    }

    @PUT
    @Path("/review-pool")
    @Operation(summary = "Replace the pool (supervisors)", description = "Members not listed are retired; past panels keep naming them.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReviewViews.Pool.class), examples = @ExampleObject(name = "pool", value = """
            {"members":[{"memberId":"pool.expert.9","name":"欧阳明","role":"EXPERT","title":"城市规划专家"},
                        {"memberId":"pool.deputy.9","name":"马红","role":"DEPUTY","title":"市人大代表"}]}""")))
    @APIResponse(responseCode = "200", description = "The pool now", content = @Content(schema = @Schema(implementation = ReviewViews.Member.class,
            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public Uni<List<ReviewViews.Member>> replacePool(@Valid @NotNull ReviewViews.Pool body) {
        if (!OfficialScope.of(token).roles().contains(OfficialScope.ROLE_SUPERVISOR)) {
            throw ProblemException.forbidden("Only supervisors replace the review pool");
        }
        return reviews.replacePool(body.members());
    }
}
