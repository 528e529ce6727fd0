package gov.petition.evaluation.api;

import gov.petition.evaluation.domain.CaseRecord;
import gov.petition.evaluation.domain.MonthlyFigures;
import gov.petition.evaluation.domain.Period;
import gov.petition.evaluation.domain.ReportCsv;
import gov.petition.evaluation.domain.UnitFigures;
import gov.petition.evaluation.repository.CaseFact;
import gov.petition.http.Problem;
import gov.petition.http.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Monthly figures per unit, per district and for the whole city, as JSON or CSV. */
@Path("/api/v1/reports")
@Tag(name = "Reports")
public class ReportResource {

    static final String CSV = "text/csv";
    private static final String CSV_SUFFIX = ".csv";

    /** The figures of one period. */
    @Schema(name = "Report")
    public record Report(
            @Schema(example = "2026-11") String period,
            @Schema(description = "One entry per unit") List<UnitFigures> units,
            @Schema(description = "One entry per district (xd.a.aN), its units together; city departments are in no district")
            List<UnitFigures> districts,
            @Schema(description = "The whole city (xd.a): every unit, city departments included") UnitFigures city) {
    }

    @GET
    @Path("/{period}")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "Monthly figures",
            description = "The counts and the five rates of the design per unit, per district and city-wide. "
                    + "CSV (UTF-8 with BOM, for Excel) with `Accept: text/csv` or the path `/api/v1/reports/2026-11.csv`.")
    @APIResponse(responseCode = "200", description = "The figures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)),
            @Content(mediaType = CSV)})
    @APIResponse(responseCode = "400", description = "Malformed period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> report(@Parameter(example = "2026-11") @PathParam("period") String period, @Context HttpHeaders headers) {
        boolean csv = period.endsWith(CSV_SUFFIX) || prefersCsv(headers);
        String month = period.endsWith(CSV_SUFFIX) ? period.substring(0, period.length() - CSV_SUFFIX.length()) : period;
        Period p = parse(month);
        return Panache.withSession(() -> CaseFact.inPeriod(p)).map(cases -> {
            MonthlyFigures.Breakdown figures = MonthlyFigures.of(cases, p);
            if (!csv) {
                return Response.ok(new Report(p.toString(), figures.units(), figures.districts(), figures.city()),
                        MediaType.APPLICATION_JSON_TYPE).build();
            }
            return Response.ok(ReportCsv.write(figures, unitNames(cases)), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"report-" + p + ".csv\"")
                    .build();
        });
    }

    private static Period parse(String month) {
        try {
            return Period.of(YearMonth.parse(month));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("period", "期间格式应为 YYYY-MM / period must look like 2026-11");
        }
    }

    /** CSV only when the client ranks it above JSON; browsers and tools sending {@code *}/{@code *} get JSON. */
    private static boolean prefersCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.isCompatible(MediaType.valueOf(CSV))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> unitNames(List<CaseRecord> cases) {
        Map<String, String> names = new HashMap<>();
        cases.forEach(c -> {
            if (c.unitId() != null && c.unitName() != null) {
                names.putIfAbsent(c.unitId(), c.unitName());
            }
        });
        return names;
    }
}
