package gov.petition.evaluation.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.petition.evaluation.repository.Hotspot;
import gov.petition.http.Page;
import gov.petition.http.Problem;
import gov.petition.http.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.List;

/** The hot spots detected: many similar cases in one place within the window. */
@Path("/api/v1/hotspots")
@Tag(name = "Hot spots")
@Produces(MediaType.APPLICATION_JSON)
public class HotspotResource {

    /** One hot spot as last detected. */
    @Schema(name = "Hotspot")
    public record View(@Schema(example = "HS-xd.a.a3-1f2e3d4c5b") String hotspotId,
                       @Schema(example = "xd.a.a3") String place,
                       @Schema(example = "A3区") String placeName,
                       @Schema(example = "[\"电梯\",\"老旧\",\"小区\"]") List<String> keywords,
                       List<String> caseIds,
                       @Schema(example = "6") int caseCount,
                       @Schema(description = "Similar cases in the window before", example = "2") int previousCount,
                       @Schema(description = "RISING, STEADY or FALLING", example = "RISING") String trend,
                       OffsetDateTime windowStart, OffsetDateTime windowEnd, OffsetDateTime detectedAt) {
    }

    private final ObjectMapper json;

    public HotspotResource(ObjectMapper json) {
        this.json = json;
    }

    @GET
    @Operation(summary = "Hot spots, most recently detected first", description = "Optionally in one place (district id or region code).")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "hotspots", value = """
            {"items":[{"hotspotId":"HS-xd.a.a3-1f2e3d4c5b","place":"xd.a.a3","placeName":"A3区","keywords":["电梯","老旧","小区"],
              "caseIds":["A2026-11-000101","A2026-11-000142"],"caseCount":6,"previousCount":2,"trend":"RISING",
              "windowStart":"2026-10-20T02:00:00Z","windowEnd":"2026-11-19T02:00:00Z","detectedAt":"2026-11-19T02:00:01Z"}],
             "total":1,"page":0,"size":20}""")))
    @APIResponse(responseCode = "400", description = "Bad paging", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Uni<Page<View>> list(@Parameter(example = "xd.a.a3") @QueryParam("place") String place,
                                @Parameter(example = "0") @QueryParam("page") @DefaultValue("0") int page,
                                @Parameter(example = "20") @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw ProblemException.invalid("size", "page >= 0 and 1 <= size <= 200");
        }
        return Panache.withSession(() -> {
            var query = place == null || place.isBlank()
                    ? Hotspot.<Hotspot>findAll(Sort.descending("detectedAt"))
                    : Hotspot.<Hotspot>find("place", Sort.descending("detectedAt"), place.strip());
            return query.page(page, size).list().chain(rows -> query.count().map(total ->
                    new Page<>(rows.stream().map(this::view).toList(), total, page, size)));
        });
    }

    private View view(Hotspot h) {
        try {
            return new View(h.hotspotId, h.place, h.placeName, List.of(h.keywords.split(" ")),
                    json.readValue(h.caseIds, new TypeReference<List<String>>() {
                    }), h.caseCount, h.previousCount, h.trend, h.windowStart, h.windowEnd, h.detectedAt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
