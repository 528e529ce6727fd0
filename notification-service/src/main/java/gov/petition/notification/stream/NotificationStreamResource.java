package gov.petition.notification.stream;

import gov.petition.http.Problem;
import gov.petition.http.Problems;
import gov.petition.notification.api.NotificationEntry;
import gov.petition.notification.config.DeliveryPolicy;
import gov.petition.notification.domain.ContactDigest;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Server-sent events for the citizen's open web page: every notice of their case as it is recorded and as it is delivered. */
@Path(NotificationStreamResource.PATH)
@Tag(name = "Notifications")
public class NotificationStreamResource {

    static final String PATH = "/api/v1/notifications/stream";
    /** Proxies close a connection that says nothing for a minute or so. */
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(20);

    private final CitizenNoticeFeed feed;
    private final DeliveryPolicy policy;
    private final Pool pool;

    public NotificationStreamResource(CitizenNoticeFeed feed, DeliveryPolicy policy, Pool pool) {
        this.feed = feed;
        this.policy = policy;
        this.pool = pool;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Follow a case's notices live",
            description = "Server-sent events for an open web page: first the notices sent so far, then each new one as it is "
                    + "recorded and again when it is delivered (same `id` with the new `state`). Event name `notification`, "
                    + "data a NotificationEntry as JSON; a comment every 20 s keeps the connection open. The tracking code "
                    + "proves the case is the reader's.")
    @APIResponse(responseCode = "200", description = "The stream", content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
            schema = @Schema(implementation = NotificationEntry.class),
            examples = @ExampleObject(name = "notice", value = """
                    id: 6f1c2f0e-8d7e-4c59-9d43-5e0f0b7b9a11
                    event: notification
                    data: {"id":"6f1c2f0e-8d7e-4c59-9d43-5e0f0b7b9a11","caseId":"A2026-11-000123","eventType":"gov.petition.case.routed","recipientKind":"CITIZEN","recipient":"138****8000","channel":"SMS","text":"您的诉求 A2026-11-000123 已转交A市教育局办理。…","state":"SENT","attempts":1}
                    """)))
    @APIResponse(responseCode = "400", description = "caseId or trackingCode missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case, or the tracking code does not match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Multi<OutboundSseEvent> stream(@Parameter(required = true, example = "A2026-11-000123") @QueryParam("caseId") String caseId,
                                          @Parameter(required = true, example = "K7QM2X9PRT") @QueryParam("trackingCode") String trackingCode,
                                          @Context Sse sse) {
        // checked by checkTrackingCode before this runs
        Set<String> seen = ConcurrentHashMap.newKeySet();
        // live first, so nothing recorded while the history is read is missed; a notice and state is sent once
        Multi<NotificationEntry> notices = Multi.createBy().merging().streams(feed.live(caseId),
                        feed.history(caseId).onItem().transformToMulti(list -> Multi.createFrom().iterable(list)))
                .select().where(e -> seen.add(e.id() + "/" + e.state()));
        Multi<OutboundSseEvent> events = notices.map(e -> sse.newEventBuilder().id(e.id()).name("notification")
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(NotificationEntry.class, e).build());
        Multi<OutboundSseEvent> keepAlive = Multi.createFrom().ticks().every(KEEP_ALIVE).onOverflow().drop()
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(events, keepAlive);
    }

    /**
     * Refuses a stream without the case's tracking code before any event is sent, with problem details
     * (once the stream has started, its status can no longer change).
     */
    @ServerRequestFilter
    public Uni<Response> checkTrackingCode(ContainerRequestContext request) {
        if (!PATH.equals(request.getUriInfo().getPath())) {
            return Uni.createFrom().nullItem();
        }
        String caseId = request.getUriInfo().getQueryParameters().getFirst("caseId");
        String code = request.getUriInfo().getQueryParameters().getFirst("trackingCode");
        if (caseId == null || caseId.isBlank() || code == null || code.isBlank()) {
            return Uni.createFrom().item(Problems.response(new Problem(Problems.type("validation"), "Invalid request", 400,
                    "1 field is invalid", PATH, java.util.List.of(new Problem.FieldError(caseId == null || caseId.isBlank()
                    ? "caseId" : "trackingCode", "is required")))));
        }
        String given = policy.digest().ofTrackingCode(code);
        return pool.preparedQuery("select tracking_digest from case_contact where case_id = $1").execute(Tuple.of(caseId))
                .map(rows -> {
                    String stored = rows.size() == 0 ? null : rows.iterator().next().getString("tracking_digest");
                    return ContactDigest.matches(stored, given) ? null : Problems.response(404, "not-found", "Not found",
                            "No case " + caseId + " with this tracking code", PATH);
                });
    }
}
