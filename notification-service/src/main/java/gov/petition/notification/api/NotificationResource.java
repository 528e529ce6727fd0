package gov.petition.notification.api;

import gov.petition.http.OfficialScope;
import gov.petition.http.Page;
import gov.petition.http.Problem;
import gov.petition.http.ProblemException;
import gov.petition.notification.config.DeliveryPolicy;
import gov.petition.notification.repository.DeadLetter;
import gov.petition.notification.repository.Notification;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

import java.time.OffsetDateTime;

/** The delivery log, by case or by recipient, and the notices given up after their last try. */
@Path("/api/v1/notifications")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    /** A notice given up after its last try. */
    @Schema(name = "DeadLetter")
    public record DeadLetterEntry(@Schema(example = "6f1c2f0e-8d7e-4c59-9d43-5e0f0b7b9a11") String notificationId,
                                  @Schema(example = "A2026-11-000123") String caseId,
                                  @Schema(example = "gov.petition.case.replied") String eventType,
                                  @Schema(example = "CITIZEN") String recipientKind,
                                  @Schema(example = "138****8000") String recipient,
                                  @Schema(example = "SMS") String channel,
                                  @Schema(example = "5") int attempts,
                                  @Schema(example = "SMS gateway answered 503") String error,
                                  @Schema(example = "2026-11-23T09:31:12.004Z") OffsetDateTime failedAt) {
    }

    private final CurrentIdentityAssociation identity;
    private final DeliveryPolicy policy;

    public NotificationResource(CurrentIdentityAssociation identity, DeliveryPolicy policy) {
        this.identity = identity;
        this.policy = policy;
    }

    @GET
    @Operation(summary = "What was sent to whom", description = "Notifications of a case (`caseId`, open to all: recipients are masked), "
            + "or to one recipient (`recipient`: a full phone number, e-mail address or unit id; needs an official's token), "
            + "oldest first, with what was said, the channel, the tries and the delivery state.")
    @APIResponse(responseCode = "200", description = "One page of the log")
    @APIResponse(responseCode = "400", description = "Neither caseId nor recipient",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "recipient without an official's token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @SecurityRequirement(name = "bearer")
    public Uni<Page<NotificationEntry>> list(
            @Parameter(description = "The case (or hot spot)", example = "A2026-11-000123") @QueryParam("caseId") String caseId,
            @Parameter(description = "A full phone number, e-mail address or unit id; matches the contact the notice went to",
                    example = "13800138000") @QueryParam("recipient") String recipient,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        boolean byCase = caseId != null && !caseId.isBlank();
        boolean byRecipient = recipient != null && !recipient.isBlank();
        if (!byCase && !byRecipient) {
            throw ProblemException.invalid("caseId", "需要案件编号或收件人 / caseId or recipient is required");
        }
        if (!byRecipient) {
            return page("caseId = :caseId", Parameters.with("caseId", caseId), page, size);
        }
        return staff().chain(() -> {
            String query = "(recipientDigest = :digest or recipientId = :recipient)" + (byCase ? " and caseId = :caseId" : "");
            Parameters params = Parameters.with("digest", policy.digest().ofContact(recipient)).and("recipient", recipient.strip());
            if (byCase) {
                params.and("caseId", caseId);
            }
            return page(query, params, page, size);
        });
    }

    @GET
    @Path("/dead-letters")
    @RolesAllowed(OfficialScope.ROLE_OFFICIAL)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Notices given up", description = "Notices that failed after their last try, newest first; "
            + "each also published as gov.petition.notification.failed when it was for a citizen.")
    @APIResponse(responseCode = "401", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Page<DeadLetterEntry>> deadLetters(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                  @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return Panache.withSession(() -> DeadLetter.<DeadLetter>findAll(Sort.by("failedAt", Sort.Direction.Descending).and("notificationId"))
                .page(page, size).list()
                .chain(list -> DeadLetter.count().map(total -> new Page<>(list.stream().map(d -> new DeadLetterEntry(
                        d.notificationId.toString(), d.caseId, d.eventType, d.recipientKind, d.recipient, d.channel, d.attempts,
                        d.error, d.failedAt)).toList(), total, page, size))));
    }

    private Uni<Void> staff() {
        return identity.getDeferredIdentity().invoke(id -> {
            if (id.isAnonymous()) {
                throw ProblemException.unauthorized("Searching by recipient needs an official's bearer token");
            }
            if (!id.hasRole(OfficialScope.ROLE_OFFICIAL)) {
                throw ProblemException.forbidden("Only officials may search the log by recipient");
            }
        }).replaceWithVoid();
    }

    private static Uni<Page<NotificationEntry>> page(String query, Parameters params, int page, int size) {
        return Panache.withSession(() -> Notification.<Notification>find(query, Sort.by("createdAt").and("id"), params)
                .page(page, size).list()
                .chain(list -> Notification.count(query, params).map(total -> new Page<>(
                        list.stream().map(NotificationEntry::of).toList(), total, page, size))));
    }
}
