package gov.petition.evaluation.api;

import gov.petition.evaluation.domain.UnitCounts;
import gov.petition.evaluation.domain.UnitFigures;
import gov.petition.http.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Monthly figures per unit. */
@Path("/api/v1/reports")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");
    private static final String RECEIVED_BY_UNIT = """
            select unit_id, count(*) from case_fact
            where received_at >= :from and received_at < :to and unit_id is not null
            group by unit_id order by unit_id""";

    /** The figures of one period. */
    public record Report(String period, List<UnitFigures> units) {
    }

    @GET
    @Path("/{period}")
    @Operation(summary = "Monthly figures", description = "One entry per unit with the counts and the five rates of the design.")
    public Uni<Report> report(@Parameter(example = "2026-11") @PathParam("period") String period) {
        YearMonth month;
        try {
            month = YearMonth.parse(period);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("period", "期间格式应为 YYYY-MM / period must look like 2026-11");
        }
        OffsetDateTime from = month.atDay(1).atStartOfDay(CITY_ZONE).toOffsetDateTime();
        OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(CITY_ZONE).toOffsetDateTime();
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery(RECEIVED_BY_UNIT, Object[].class)
                        .setParameter("from", from).setParameter("to", to).getResultList()))
                .map(rows -> new Report(period, rows.stream()
                        .map(r -> UnitFigures.of(UnitCounts.receivedOnly((String) r[0], ((Number) r[1]).longValue()), List.of()))
                        .toList()));
    }
}
