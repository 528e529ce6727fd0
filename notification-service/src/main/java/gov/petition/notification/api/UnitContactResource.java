package gov.petition.notification.api;

import gov.petition.http.OfficialScope;
import gov.petition.http.Problem;
import gov.petition.http.ProblemException;
import gov.petition.notification.repository.UnitContact;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Where units and leaders' offices hear of new work, deadlines, supervision, cases awaiting instruction and hot spots. */
@Path("/api/v1/contacts/units/{unitId}")
@Tag(name = "Contacts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(OfficialScope.ROLE_OFFICIAL)
@SecurityRequirement(name = "bearer")
public class UnitContactResource {

    private static final Logger LOG = Logger.getLogger(UnitContactResource.class);

    /** A unit's contacts; every channel given is used (a notice goes out on each). */
    @Schema(name = "UnitContactRequest")
    public record ContactRequest(
            @Size(max = 200) @Schema(example = "A市教育局") String unitName,
            @Email @Size(max = 254) @Schema(example = "xinfang@jyj.a.example.gov.cn") String email,
            @Pattern(regexp = "\\+?[0-9][0-9 -]{5,30}", message = "must be a phone number") @Schema(example = "13900139000") String phone,
            @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") @Size(max = 500)
            @Schema(example = "https://oa.jyj.a.example.gov.cn/hooks/petition") String webhookUrl,
            @Size(min = 16, max = 200) @Schema(description = "Shared secret the unit's system checks X-Signature with; "
                    + "write-only, kept if omitted", example = "c2VjcmV0LXNoYXJlZC13aXRoLXRoZS11bml0") String webhookSecret) {
    }

    /** A unit's contacts as stored; the webhook secret is never shown. */
    @Schema(name = "UnitContact")
    public record ContactAnswer(@Schema(example = "xd.a.jyj") String unitId, @Schema(example = "A市教育局") String unitName,
                                @Schema(example = "xinfang@jyj.a.example.gov.cn") String email, @Schema(example = "13900139000") String phone,
                                @Schema(example = "https://oa.jyj.a.example.gov.cn/hooks/petition") String webhookUrl,
                                @Schema(example = "true") boolean webhookSecretSet,
                                @Schema(example = "xd.a.jyj.1") String updatedBy, OffsetDateTime updatedAt) {
        static ContactAnswer of(UnitContact c) {
            return new ContactAnswer(c.unitId, c.unitName, c.email, c.phone, c.webhookUrl, c.webhookSecret != null, c.updatedBy, c.updatedAt);
        }
    }

    private final JsonWebToken token;

    public UnitContactResource(JsonWebToken token) {
        this.token = token;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a unit's contacts", description = "Replaces the e-mail address, SMS number and webhook of a unit or "
            + "leader's office. Officials set their own unit's; leaders and supervisors also those below theirs. A leader's "
            + "office without contacts is reached through the nearest level above it that has some.")
    @APIResponse(responseCode = "200", description = "The contacts now in force")
    @APIResponse(responseCode = "400", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ContactAnswer> put(@Parameter(example = "xd.a.jyj") @PathParam("unitId") String unitId,
                                  @Valid @NotNull ContactRequest body) {
        OfficialScope scope = OfficialScope.of(token);
        scope.requireCovers(unitId);
        return Panache.withTransaction(() -> UnitContact.<UnitContact>findById(unitId).chain(existing -> {
            UnitContact c = existing != null ? existing : new UnitContact();
            String secret = body.webhookSecret() != null ? body.webhookSecret() : c.webhookSecret;
            if (blank(body.webhookUrl()) == null) {
                secret = null;
            } else if (secret == null) {
                throw ProblemException.invalid("webhookSecret", "a webhook needs a shared secret of at least 16 characters");
            }
            c.unitId = unitId;
            c.unitName = blank(body.unitName()) != null ? body.unitName() : c.unitName;
            c.email = blank(body.email());
            c.phone = blank(body.phone());
            c.webhookUrl = blank(body.webhookUrl());
            c.webhookSecret = secret;
            c.updatedBy = scope.officialId();
            c.updatedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            return (existing != null ? Uni.createFrom().item(c) : c.persist().replaceWith(c));
        })).map(c -> {
            LOG.infof("unit %s: contacts set by %s (e-mail %s, SMS %s, webhook %s)", unitId, scope.officialId(),
                    c.email != null, c.phone != null, c.webhookUrl != null);
            return ContactAnswer.of(c);
        });
    }

    @GET
    @Operation(summary = "A unit's contacts")
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ContactAnswer> get(@Parameter(example = "xd.a.jyj") @PathParam("unitId") String unitId) {
        OfficialScope.of(token).requireCovers(unitId);
        return Panache.withSession(() -> UnitContact.<UnitContact>findById(unitId)).map(c -> {
            if (c == null) {
                throw ProblemException.notFound("No contacts for unit " + unitId);
            }
            return ContactAnswer.of(c);
        });
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
