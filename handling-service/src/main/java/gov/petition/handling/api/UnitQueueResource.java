package gov.petition.handling.api;

import gov.petition.handling.domain.HandlingAction;
import gov.petition.handling.domain.HandlingStatus;
import gov.petition.handling.repository.WorkItem;
import gov.petition.http.OfficialScope;
import gov.petition.http.Page;
import gov.petition.http.Problem;
import gov.petition.http.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import gov.petition.events.payload.WorkItemChanged;
import gov.petition.handling.service.QueueFeed;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import gov.petition.handling.config.HandlingConfig;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
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
import java.util.List;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/** A unit's work queue: the cases it must handle, the nearest deadline first. */
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
                            OffsetDateTime lastFollowUpAt,
                            @Schema(description = "Sign by (签收时限)", example = "2026-11-23T11:30:01+08:00") OffsetDateTime signDue,
                            @Schema(description = "Accept by (受理时限)", example = "2026-11-24T17:00:00+08:00") OffsetDateTime acceptDue,
                            @Schema(description = "Reply by (答复时限)", example = "2026-11-30T17:00:00+08:00") OffsetDateTime replyDue,
                            @Schema(description = "URGENT when its text names an urgent public-safety keyword", example = "NORMAL") String urgency,
                            @Schema(description = "The time-limit rule the deadlines come from",
                                    example = "一般诉求：2个工作小时签收、1个工作日受理、5个工作日答复（平湖、萧山）") String timeLimitRule,
                            @Schema(description = "Urgent cases: made safe by (处置时限)") OffsetDateTime handleDue,
                            @Schema(description = "Urgent cases: repaired by (修复时限)") OffsetDateTime fixDue,
                            @Schema(description = "Urgent cases: when it was made safe on site (处置), meeting handleDue; null until then") OffsetDateTime handledAt,
                            @Schema(description = "The earliest deadline running against the unit: the one its status waits on "
                                    + "(sign, accept, reply) or an urgent case's handle or fix; null when none runs",
                                    example = "2026-11-23T11:30:01+08:00") OffsetDateTime nextDue,
                            @Schema(description = "Whether that deadline has passed", example = "false") boolean overdue,
                            @Schema(description = "The steps the case allows now", example = "[\"sign\", \"return\"]") List<String> allowedActions) {
    }

    private final JsonWebToken token;
    private final QueueFeed feed;
    private final HandlingConfig config;

    public UnitQueueResource(JsonWebToken token, QueueFeed feed, HandlingConfig config) {
        this.config = config;
        this.token = token;
        this.feed = feed;
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "A unit's work queue as it changes (server-sent events)",
            description = "One event per change of the unit's queue from the moment of connecting: a case added, "
                    + "updated (a step, a moved deadline, overdue) or removed; the same WorkItemChanged records as the "
                    + "work-queue topic petition.handling.workqueue.v1, as JSON in each event's data. A comment line "
                    + "(`: keep-alive`) every handling.queue-stream.heartbeat (15 s) keeps proxies from closing a quiet "
                    + "connection. Same authorisation as the queue.")
    @APIResponse(responseCode = "200", description = "text/event-stream of WorkItemChanged",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = WorkItemChanged.class),
                    examples = @ExampleObject(name = "added", value = """
                            {"caseId":"A2026-11-000123","unitId":"xd.a.a3.zjj","change":"ADDED","status":"ROUTED",                            "title":"小区电梯坏了三个月没人修","category":"城乡建设","nextDue":"2026-11-23T05:30:00Z",                            "overdue":false,"at":"2026-11-23T01:30:00.120Z"}""")))
    @APIResponse(responseCode = "401", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Multi<OutboundSseEvent> stream(@Parameter(example = "xd.a.a3.zjj") @PathParam("unitId") String unitId,
                                          @Parameter(description = "Also the units below (leaders and supervisors)")
                                          @QueryParam("includeSubunits") boolean includeSubunits,
                                          @Context Sse sse) {
        OfficialScope official = OfficialScope.of(token);
        if (includeSubunits) {
            UnitAccess.requireViewBelow(official, unitId);
        } else {
            UnitAccess.requireView(official, unitId);
        }
        Multi<OutboundSseEvent> changes = feed.changes(unit -> UnitAccess.within(unit, unitId, includeSubunits))
                .map(change -> sse.newEventBuilder().mediaType(MediaType.APPLICATION_JSON_TYPE).data(change).build());
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks().every(config.queueStream().heartbeat())
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(changes, heartbeats);
    }

    @GET
    @Operation(summary = "A unit's work queue", description = "Cases routed to the unit, the nearest deadline first "
            + "(cases without a running deadline last). Officials see their own unit; leaders and supervisors also the "
            + "units below theirs, one at a time or all at once with includeSubunits=true.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "queue", value = """
            {"items":[{"caseId":"A2026-11-000123","unitId":"xd.a.a3.zjj","unitName":"A3区住房和城乡建设局",            "title":"小区电梯坏了三个月没人修","category":"城乡建设","channel":"MAILBOX","receivedAt":"2026-11-23T01:29:58Z",            "routedAt":"2026-11-23T01:30:00Z","status":"ROUTED","followUps":0,"lastFollowUpAt":null,            "signDue":"2026-11-23T03:30:00Z","acceptDue":"2026-11-24T09:00:00Z","replyDue":"2026-11-30T09:00:00Z",            "nextDue":"2026-11-23T03:30:00Z","overdue":false}],"total":1,"page":0,"size":20}""")))
    @APIResponse(responseCode = "400", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<QueueItem>> queue(@Parameter(example = "xd.a.a3.zjj") @PathParam("unitId") String unitId,
                                      @Parameter(description = "Only cases in this status", example = "ROUTED")
                                      @QueryParam("status") String status,
                                      @Parameter(description = "true: only cases past their running deadline; false: only those not past it")
                                      @QueryParam("overdue") Boolean overdue,
                                      @Parameter(description = "Only cases whose running deadline is before this instant (ISO 8601)",
                                              example = "2026-11-24T17:00:00+08:00")
                                      @QueryParam("dueBefore") String dueBefore,
                                      @Parameter(description = "Also the cases of the units below (leaders and supervisors)")
                                      @QueryParam("includeSubunits") boolean includeSubunits,
                                      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        OfficialScope official = OfficialScope.of(token);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        StringBuilder query = new StringBuilder("unitId = :unitId");
        Map<String, Object> params = new HashMap<>(Map.of("unitId", unitId));
        if (includeSubunits) {
            UnitAccess.requireViewBelow(official, unitId);
            query.replace(0, query.length(), "(unitId = :unitId or unitId like :below)");
            params.put("below", unitId + ".%");
        } else {
            UnitAccess.requireView(official, unitId);
        }
        if (status != null && !status.isBlank()) {
            query.append(" and status = :status");
            params.put("status", statusOf(status).name());
        }
        if (overdue != null) {
            query.append(overdue ? " and nextDue < :now" : " and (nextDue is null or nextDue >= :now)");
            params.put("now", now);
        }
        if (dueBefore != null && !dueBefore.isBlank()) {
            query.append(" and nextDue < :dueBefore");
            params.put("dueBefore", instantOf(dueBefore));
        }
        Sort sort = Sort.by("nextDue", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST).and("routedAt").and("caseId");
        return Panache.withSession(() -> WorkItem.<WorkItem>find(query.toString(), sort, params)
                .page(page, size).list()
                .chain(items -> WorkItem.count(query.toString(), params).map(total -> new Page<>(items.stream()
                        .map(w -> new QueueItem(w.caseId, w.unitId, w.unitName, w.title, w.category, w.channel,
                                w.receivedAt, w.routedAt, w.status, w.followUps, w.lastFollowUpAt,
                                w.signDue, w.acceptDue, w.replyDue, w.urgency, w.timeLimitRule, w.handleDue, w.fixDue, w.handledAt,
                                w.nextDue, w.nextDue != null && w.nextDue.isBefore(now),
                                w.allowedActions().stream().map(HandlingAction::path).toList())).toList(), total, page, size))));
    }

    private static HandlingStatus statusOf(String status) {
        try {
            return HandlingStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be one of " + java.util.Arrays.toString(HandlingStatus.values()));
        }
    }

    private static OffsetDateTime instantOf(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("dueBefore", "must be an ISO 8601 date-time with offset, e.g. 2026-11-24T17:00:00+08:00");
        }
    }
}
