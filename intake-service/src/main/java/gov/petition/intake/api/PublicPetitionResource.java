package gov.petition.intake.api;

import gov.petition.http.Page;
import gov.petition.intake.domain.CaseStatus;
import gov.petition.intake.service.PublicCases;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;

/** The public list of disclosed cases (公开是常态). */
@Path("/api/v1/public/petitions")
@Tag(name = "Public cases", description = "Cases whose citizens consented to disclosure, personal data redacted")
@Produces(MediaType.APPLICATION_JSON)
public class PublicPetitionResource {

    private final PublicCases cases;

    public PublicPetitionResource(PublicCases cases) {
        this.cases = cases;
    }

    @GET
    @Operation(summary = "Search disclosed cases",
            description = "Only cases submitted with disclosure PUBLIC; names, phone numbers, ID-card numbers, e-mail addresses "
                    + "and exact house numbers are redacted, also inside the text. Text search is by Chinese words (smartcn).")
    public Uni<Page<PublicCase>> search(
            @Parameter(description = "Words to find", example = "电梯") @QueryParam("q") @Size(max = 100) String q,
            @Parameter(example = "xd.a.jyj") @QueryParam("unitId") String unitId,
            @Parameter(example = "城乡建设") @QueryParam("category") String category,
            @Parameter(example = "ROUTED") @QueryParam("status") CaseStatus status,
            @Parameter(description = "Received at or after", example = "2026-11-01T00:00:00+08:00") @QueryParam("from") OffsetDateTime from,
            @Parameter(description = "Received before", example = "2026-12-01T00:00:00+08:00") @QueryParam("to") OffsetDateTime to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return cases.search(new PublicCases.Query(q, unitId, category, status == null ? null : status.name(), from, to, page, size));
    }
}
