package gov.petition.notification.api;

import gov.petition.http.Page;
import gov.petition.http.ProblemException;
import gov.petition.notification.repository.Notification;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;

/** The delivery log. */
@Path("/api/v1/notifications")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    /** One notification as logged; the recipient is masked. */
    @Schema(name = "NotificationEntry")
    public record Entry(String id, @Schema(example = "A2026-11-000123") String caseId,
                        @Schema(example = "gov.petition.case.routed") String eventType,
                        @Schema(example = "CITIZEN") String recipientKind, @Schema(example = "138****8000") String recipient,
                        @Schema(example = "SMS") String channel,
                        @Schema(example = "您的诉求 A2026-11-000123 已转交A市教育局办理。\nYour petition A2026-11-000123 has been passed to A市教育局 for handling.") String text,
                        @Schema(description = "PENDING, SENT, SKIPPED (no contact) or FAILED", example = "SENT") String state,
                        @Schema(description = "Tries made to deliver it", example = "1") int attempts,
                        OffsetDateTime createdAt,
                        @Schema(description = "When it was sent, skipped or given up") OffsetDateTime settledAt,
                        @Schema(description = "The last delivery error, contacts masked", example = "SMS gateway answered 503") String lastError) {
    }

    @GET
    @Operation(summary = "What was sent to whom", description = "Notifications of a case, oldest first, with their delivery state.")
    public Uni<Page<Entry>> list(@Parameter(required = true, example = "A2026-11-000123") @QueryParam("caseId") String caseId,
                                 @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                 @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        if (caseId == null || caseId.isBlank()) {
            throw ProblemException.invalid("caseId", "需要案件编号 / caseId is required");
        }
        return Panache.withSession(() -> Notification.<Notification>find("caseId", Sort.by("createdAt").and("id"), caseId)
                .page(page, size).list()
                .chain(list -> Notification.count("caseId", caseId).map(total -> new Page<>(list.stream()
                        .map(n -> new Entry(n.id.toString(), n.caseId, n.eventType, n.recipientKind, n.recipient, n.channel,
                                n.text, n.state, n.attempts, n.createdAt, n.settledAt, n.lastError)).toList(), total, page, size))));
    }
}
