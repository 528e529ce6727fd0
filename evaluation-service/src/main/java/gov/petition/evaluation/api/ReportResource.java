package gov.petition.evaluation.api;

import gov.petition.evaluation.domain.MonthlyFigures;
import gov.petition.evaluation.domain.Period;
import gov.petition.evaluation.domain.RankingOrder;
import gov.petition.evaluation.domain.ReportCsv;
import gov.petition.evaluation.domain.UnitFigures;
import gov.petition.evaluation.domain.UnitFlags;
import gov.petition.evaluation.service.Bulletins;
import gov.petition.evaluation.service.Reports;
import gov.petition.events.payload.BulletinPublished;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
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
import java.util.List;

/** Monthly figures per unit, per district and for the whole city, as JSON or CSV. */
@Path("/api/v1/reports")
@Tag(name = "Reports")
public class ReportResource {

    static final String CSV = "text/csv";

    private final Reports reports;
    private final Bulletins bulletins;

    public ReportResource(Reports reports, Bulletins bulletins) {
        this.reports = reports;
        this.bulletins = bulletins;
    }
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
        return Panache.withSession(() -> reports.of(p)).map(flagged -> {
            MonthlyFigures.Breakdown figures = flagged.figures();
            if (!csv) {
                return Response.ok(new Report(p.toString(), figures.units(), figures.districts(), figures.city()),
                        MediaType.APPLICATION_JSON_TYPE).build();
            }
            return Response.ok(ReportCsv.write(figures, flagged.unitNames()), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"report-" + p + ".csv\"")
                    .build();
        });
    }

    /** One place in a ranking. */
    @Schema(name = "RankingEntry")
    public record RankingEntry(
            @Schema(example = "1") int rank,
            @Schema(example = "xd.a.a3.jyj") String unitId,
            @Schema(example = "A3区教育局") String unitName,
            @Schema(description = "The value ranked by (received for VOLUME, else the rate as a fraction); null: nothing to judge by",
                    example = "0.95") Double value,
            @Schema(example = "40") long received,
            @Schema(example = "0.9667") Double replyRate,
            @Schema(example = "0.9167") Double completionRate,
            @Schema(example = "0.9") Double satisfactionRate,
            @Schema(example = "[]") List<String> flags) {
    }

    /** Units in order and the units flagged by the consecutive-month rules. */
    @Schema(name = "Ranking")
    public record Ranking(
            @Schema(example = "2026-11") String period,
            @Schema(description = "VOLUME, REPLY_RATE, COMPLETION_RATE or SATISFACTION", example = "COMPLETION_RATE") RankingOrder by,
            @Schema(example = "办结率") String label,
            List<RankingEntry> items,
            @Schema(description = "CRITICISED: lowest satisfaction three months running; CALLED_IN: bottom completion rate two months running")
            List<UnitFlags.Flag> flagged) {
    }

    @GET
    @Path("/{period}/ranking")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Units ranked by volume, reply rate, completion rate or satisfaction",
            description = "Best first; units with nothing to judge by last. `flagged` names the units flagged by the consecutive-month rules.")
    @APIResponse(responseCode = "200", description = "The ranking", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Ranking.class), examples = @ExampleObject(name = "completion", value = """
                    {"period":"2026-11","by":"COMPLETION_RATE","label":"办结率","items":[
                     {"rank":1,"unitId":"xd.a.a3.jyj","unitName":"A3区教育局","value":1.0,"received":12,"replyRate":1.0,"completionRate":1.0,"satisfactionRate":0.9,"flags":[]},
                     {"rank":2,"unitId":"xd.a.a5.zjj","unitName":"A5区住建局","value":0.5,"received":8,"replyRate":0.75,"completionRate":0.5,"satisfactionRate":0.6,"flags":["CALLED_IN"]}],
                     "flagged":[{"unitId":"xd.a.a5.zjj","flag":"CALLED_IN","months":["2026-10","2026-11"]}]}""")))
    @APIResponse(responseCode = "400", description = "Malformed period or unknown order",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Ranking> ranking(@Parameter(example = "2026-11") @PathParam("period") String period,
                                @Parameter(description = "VOLUME (default), REPLY_RATE, COMPLETION_RATE, SATISFACTION", example = "COMPLETION_RATE")
                                @QueryParam("by") String by) {
        Period p = parse(period);
        RankingOrder order = order(by);
        return Panache.withSession(() -> reports.of(p)).map(flagged -> {
            List<UnitFigures> sorted = flagged.figures().units().stream().sorted(order.bestFirst()).toList();
            List<RankingEntry> items = new java.util.ArrayList<>();
            for (int i = 0; i < sorted.size(); i++) {
                UnitFigures f = sorted.get(i);
                items.add(new RankingEntry(i + 1, f.unitId(), flagged.unitNames().get(f.unitId()), order.valueOf(f), f.received(),
                        f.replyRate(), f.completionRate(), f.satisfactionRate(), f.flags()));
            }
            return new Ranking(p.toString(), order, order.label(), items, flagged.flags());
        });
    }

    @POST
    @Path("/{period}/bulletin")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("official")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Publish the monthly bulletin (一月一通报)",
            description = "Once per period, after it ended: emits gov.petition.bulletin.published (subject and key = the period) "
                    + "with the flagged units. Publishing again answers the bulletin already published (200 instead of 201). "
                    + "A job also publishes the previous month's bulletin on the first working day of each month.")
    @APIResponse(responseCode = "201", description = "Published now", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BulletinPublished.class), examples = @ExampleObject(name = "bulletin", value = """
                    {"period":"2026-11","flagged":[{"unitId":"xd.a.a5.zjj","unitName":"A5区住建局","flag":"CALLED_IN","months":["2026-10","2026-11"]}],
                     "at":"2026-12-01T01:00:00Z"}""")))
    @APIResponse(responseCode = "200", description = "Already published", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BulletinPublished.class)))
    @APIResponse(responseCode = "400", description = "Malformed period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The period has not ended",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> bulletin(@Parameter(example = "2026-11") @PathParam("period") String period) {
        return bulletins.publish(parse(period)).map(p -> Response.status(p.newlyPublished() ? 201 : 200)
                .type(MediaType.APPLICATION_JSON_TYPE).entity(p.bulletin()).build());
    }

    private static RankingOrder order(String by) {
        if (by == null || by.isBlank()) {
            return RankingOrder.VOLUME;
        }
        try {
            return RankingOrder.valueOf(by.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("by", "one of VOLUME, REPLY_RATE, COMPLETION_RATE, SATISFACTION");
        }
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

}
