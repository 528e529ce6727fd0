package gov.petition.intake.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import gov.petition.http.ProblemException;
import gov.petition.intake.api.PublicCase;
import gov.petition.intake.api.SubmitPetition;
import gov.petition.intake.domain.CaseStatus;
import gov.petition.intake.domain.Channel;
import gov.petition.intake.domain.Disclosure;
import gov.petition.intake.domain.ServiceCatalog;
import gov.petition.intake.repository.Petition;
import gov.petition.intake.service.ChannelGate;
import gov.petition.intake.service.PetitionIntake;
import gov.petition.intake.service.PublicCases;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Open311 GeoReport v2, so existing civic-reporting clients can file and follow cases. Requests filed
 * here are cases of channel OPEN311; reading answers only what the public may see.
 */
@Path("/open311/v2")
@Tag(name = "Open311", description = "GeoReport v2 facade")
@Produces(MediaType.APPLICATION_JSON)
public class Open311Resource {

    /** A GeoReport service. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Service(@JsonProperty("service_code") String serviceCode, @JsonProperty("service_name") String serviceName,
                          String description, boolean metadata, String type, String keywords, String group) {
    }

    /** The answer to a filed request. */
    public record Created(@JsonProperty("service_request_id") String serviceRequestId, String token,
                          @JsonProperty("service_notice") String serviceNotice) {
    }

    /** A GeoReport service request. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(@JsonProperty("service_request_id") String serviceRequestId, String status,
                          @JsonProperty("status_notes") String statusNotes, @JsonProperty("service_name") String serviceName,
                          @JsonProperty("service_code") String serviceCode, String description,
                          @JsonProperty("agency_responsible") String agencyResponsible,
                          @JsonProperty("requested_datetime") OffsetDateTime requestedDatetime, String address,
                          Double lat, @JsonProperty("long") Double lon) {
    }

    private final PetitionIntake intake;
    private final PublicCases publicCases;
    private final ChannelGate gate;
    private final Validator validator;

    public Open311Resource(PetitionIntake intake, PublicCases publicCases, ChannelGate gate, Validator validator) {
        this.intake = intake;
        this.publicCases = publicCases;
        this.gate = gate;
        this.validator = validator;
    }

    @GET
    @Path("/services.json")
    @Operation(summary = "Open311 services: the first-level categories")
    public List<Service> services() {
        return ServiceCatalog.SERVICES.stream().map(s -> new Service(s.code(), s.category() + " / " + s.englishName(),
                s.englishName(), false, "realtime", s.category(), s.group())).toList();
    }

    @POST
    @Path("/requests.json")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "File an Open311 service request", description = "Becomes a case of channel OPEN311; the token is "
            + "the tracking code to follow it with. Repeat a request with the same Idempotency-Key to get the same case.")
    public Uni<List<Created>> create(@FormParam("api_key") String apiKey,
                                     @Parameter(example = "urban-construction") @FormParam("service_code") String serviceCode,
                                     @FormParam("lat") Double lat, @FormParam("long") Double lon,
                                     @FormParam("address_string") String address,
                                     @FormParam("description") String description,
                                     @FormParam("first_name") String firstName, @FormParam("last_name") String lastName,
                                     @FormParam("email") String email, @FormParam("phone") String phone,
                                     @HeaderParam("Idempotency-Key") String idempotencyKey) {
        var service = ServiceCatalog.byCode(serviceCode)
                .orElseThrow(() -> ProblemException.invalid("service_code", "unknown service_code; see /open311/v2/services.json"));
        if (description == null || description.isBlank()) {
            throw ProblemException.invalid("description", "description is required");
        }
        gate.admit(Channel.OPEN311, apiKey);
        String text = description.strip();
        String title = text.codePointCount(0, text.length()) <= 30 ? text : text.substring(0, text.offsetByCodePoints(0, 30)) + "…";
        String name = ((lastName == null ? "" : lastName) + (firstName == null ? "" : firstName)).strip();
        boolean anonymous = name.isEmpty() && phone == null && email == null;
        var request = new SubmitPetition(Channel.OPEN311, idempotencyKey != null ? idempotencyKey : UUID.randomUUID().toString(),
                title, text, null, service.category(),
                lat == null && lon == null && address == null ? null : new SubmitPetition.Location(null, address, lat, lon),
                anonymous ? null : new SubmitPetition.Citizen(name.isEmpty() ? null : name, phone, email, false),
                Disclosure.PRIVATE);
        // the same rules as the JSON door
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return intake.submit(request, idempotencyKey).map(s -> List.of(new Created(s.answer().caseId(), s.answer().trackingCode(),
                "已受理，请凭查询码跟进办理进度 / received; follow it with the token")));
    }

    @GET
    @Path("/requests/{id}.json")
    @Operation(summary = "One service request", description = "Status of any case; description and place only for disclosed cases.")
    public Uni<List<Request>> request(@PathParam("id") String id) {
        return Panache.withSession(() -> Petition.<Petition>findById(id)).map(p -> {
            if (p == null) {
                throw ProblemException.notFound("No service request " + id);
            }
            boolean disclosed = p.disclosure == Disclosure.PUBLIC;
            var service = ServiceCatalog.byCategory(p.category);
            return List.of(new Request(p.caseId, openOrClosed(p.status.name()), p.status.label(),
                    service.map(ServiceCatalog.Service::englishName).orElse(null), service.map(ServiceCatalog.Service::code).orElse(null),
                    disclosed ? p.publicContent : null, p.unitName, p.receivedAt,
                    null, null, null));
        });
    }

    @GET
    @Path("/requests.json")
    @Operation(summary = "Disclosed service requests", description = "The public list of disclosed cases, newest first.")
    public Uni<List<Request>> requests(@QueryParam("service_code") String serviceCode,
                                       @QueryParam("start_date") OffsetDateTime start, @QueryParam("end_date") OffsetDateTime end,
                                       @QueryParam("page") @DefaultValue("0") int page) {
        String category = serviceCode == null ? null : ServiceCatalog.byCode(serviceCode)
                .map(ServiceCatalog.Service::category)
                .orElseThrow(() -> ProblemException.invalid("service_code", "unknown service_code"));
        return publicCases.search(new PublicCases.Query(null, null, category, null, start, end, Math.max(page, 0), 50))
                .map(result -> result.items().stream().map(Open311Resource::toRequest).toList());
    }

    private static Request toRequest(PublicCase c) {
        var service = ServiceCatalog.byCategory(c.category());
        return new Request(c.caseId(), openOrClosed(c.status()), CaseStatus.valueOf(c.status()).label(),
                service.map(ServiceCatalog.Service::englishName).orElse(null), service.map(ServiceCatalog.Service::code).orElse(null),
                c.content(), c.unit() == null ? null : c.unit().name(), c.receivedAt(), null, null, null);
    }

    private static String openOrClosed(String status) {
        return status.equals("COMPLETED") || status.equals("CLOSED") || status.equals("REJECTED") ? "closed" : "open";
    }
}
