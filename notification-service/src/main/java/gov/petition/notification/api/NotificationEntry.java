package gov.petition.notification.api;

import gov.petition.notification.repository.Notification;
import io.vertx.mutiny.sqlclient.Row;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** One notification as logged: what, to whom (masked), when, on which channel, tries and final state. */
@Schema(name = "NotificationEntry")
public record NotificationEntry(@Schema(example = "6f1c2f0e-8d7e-4c59-9d43-5e0f0b7b9a11") String id,
                                @Schema(description = "The case, or the hot spot for hot-spot notices", example = "A2026-11-000123") String caseId,
                                @Schema(example = "gov.petition.case.routed") String eventType,
                                @Schema(description = "CITIZEN, UNIT or LEADER", example = "CITIZEN") String recipientKind,
                                @Schema(description = "The case id for the citizen, the unit id for units and leaders", example = "A2026-11-000123") String recipientId,
                                @Schema(description = "Masked: never a usable contact", example = "138****8000") String recipient,
                                @Schema(description = "SMS, EMAIL, WEBHOOK, NONE (no one to reach), or PENDING before the receipt", example = "SMS") String channel,
                                @Schema(example = "您的诉求 A2026-11-000123 已转交A市教育局办理。\nYour petition A2026-11-000123 has been passed to A市教育局 for handling.") String text,
                                @Schema(description = "PENDING, SENT, SKIPPED (no contact), OPTED_OUT (citizen declined non-essential messages) or FAILED",
                                        example = "SENT") String state,
                                @Schema(description = "Tries made to deliver it", example = "1") int attempts,
                                @Schema(example = "2026-11-23T09:30:01.120Z") OffsetDateTime createdAt,
                                @Schema(description = "Not sent before this time (SMS quiet hours)", example = "2026-11-24T00:00:00Z") OffsetDateTime notBefore,
                                @Schema(description = "When it was sent, skipped or given up", example = "2026-11-23T09:30:01.480Z") OffsetDateTime settledAt,
                                @Schema(description = "The last delivery error, contacts masked", example = "SMS gateway answered 503") String lastError) {

    public static final String COLUMNS = "id, case_id, event_type, recipient_kind, recipient_id, recipient, channel, text, state, attempts, "
            + "created_at, not_before, settled_at, last_error";

    public static NotificationEntry of(Notification n) {
        return new NotificationEntry(n.id.toString(), n.caseId, n.eventType, n.recipientKind, n.recipientId, n.recipient, n.channel,
                n.text, n.state, n.attempts, n.createdAt, n.notBefore, n.settledAt, n.lastError);
    }

    /** From a row selected with {@link #COLUMNS}. */
    public static NotificationEntry of(Row r) {
        return new NotificationEntry(r.getUUID("id").toString(), r.getString("case_id"), r.getString("event_type"),
                r.getString("recipient_kind"), r.getString("recipient_id"), r.getString("recipient"), r.getString("channel"),
                r.getString("text"), r.getString("state"), r.getInteger("attempts"), r.getOffsetDateTime("created_at"),
                r.getOffsetDateTime("not_before"), r.getOffsetDateTime("settled_at"), r.getString("last_error"));
    }
}
