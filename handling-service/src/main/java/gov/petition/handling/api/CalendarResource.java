package gov.petition.handling.api;

import gov.petition.handling.domain.DayKind;
import gov.petition.handling.domain.HolidayArrangement;
import gov.petition.handling.domain.WorkingCalendar;
import gov.petition.handling.service.ProvisionalDeadlines;
import gov.petition.handling.service.StoredCalendars;
import gov.petition.http.OfficialScope;
import gov.petition.http.Problem;
import gov.petition.http.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The holiday arrangement of a year (部分节假日安排): read it, or load next year's when the State Council publishes it. */
@Path("/api/v1/calendar/{year}")
@Tag(name = "Calendar")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CalendarResource {

    /** One day of the arrangement. */
    @Schema(name = "CalendarDay")
    public record Day(@NotBlank @Schema(required = true, example = "2027-10-01") String date,
                      @Size(max = 50) @Schema(description = "The occasion", example = "国庆节") String name) {
    }

    /** A year's arrangement: the days off and the make-up working days (调休上班); every other day follows the plain week. */
    @Schema(name = "HolidayArrangement")
    public record Arrangement(
            @NotBlank @Size(max = 500) @Schema(required = true, description = "The notice it comes from",
                    example = "国务院办公厅关于2027年部分节假日安排的通知") String source,
            @NotNull @Schema(required = true, description = "Every day off, weekends within a holiday period included") List<@Valid Day> holidays,
            @NotNull @Schema(required = true, description = "Saturdays and Sundays that are working days") List<@Valid Day> workdays) {
    }

    /** What a year's calendar is now. */
    @Schema(name = "YearCalendar")
    public record YearCalendar(@Schema(example = "2027") int year,
                               @Schema(description = "Whether an official arrangement is installed; without one only weekends are skipped",
                                       example = "true") boolean official,
                               @Schema(example = "国务院办公厅关于2027年部分节假日安排的通知") String source,
                               List<String> holidays, List<String> workdays,
                               @Schema(description = "On loading: how many provisional deadlines of cases being handled "
                                       + "were counted again and moved (each announced as case.deadline-moved)", example = "3")
                               Integer deadlinesMoved) {
    }

    private static final String EXAMPLE = """
            {"source":"国务院办公厅关于2027年部分节假日安排的通知",
             "holidays":[{"date":"2027-01-01","name":"元旦"},{"date":"2027-10-01","name":"国庆节"},{"date":"2027-10-02","name":"国庆节"}],
             "workdays":[{"date":"2027-10-09","name":"国庆节调休上班"}]}""";

    private final JsonWebToken token;
    private final WorkingCalendar calendar;
    private final StoredCalendars stored;
    private final ProvisionalDeadlines provisional;

    public CalendarResource(JsonWebToken token, WorkingCalendar calendar, StoredCalendars stored, ProvisionalDeadlines provisional) {
        this.provisional = provisional;
        this.token = token;
        this.calendar = calendar;
        this.stored = stored;
    }

    @GET
    @RolesAllowed("official")
    @Operation(summary = "A year's holiday arrangement in use", description = "Shipped with the service or loaded at run time.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "2026", value = """
            {"year":2026,"official":true,"source":"国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）",            "holidays":["2026-01-01","2026-01-02","2026-01-03","2026-10-01","2026-10-07"],            "workdays":["2026-01-04","2026-02-14","2026-02-28","2026-05-09","2026-09-20","2026-10-10"]}""")))
    public YearCalendar get(@Parameter(example = "2026") @PathParam("year") int year) {
        return calendar.arrangementOf(year).map(CalendarResource::view)
                .orElseGet(() -> new YearCalendar(year, false, null, List.of(), List.of(), null));
    }

    @PUT
    @RolesAllowed("supervisor")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Load a year's holiday arrangement (supervisors)", description = "Validated (dates in the year, "
            + "make-up days on weekends, no day twice), stored, and used for every deadline computed from then on, on "
            + "every instance within the refresh interval; a year shipped with the service stays the default until one "
            + "is loaded. Deadlines of cases being handled that were counted across the year before its arrangement was "
            + "known (provisional) are counted again on the limits they were computed with and moved "
            + "(case.deadline-moved, timers follow; deadlinesMoved says how many); a date set by a granted extension stays.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "2027", value = EXAMPLE)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = YearCalendar.class)))
    @APIResponse(responseCode = "400", description = "Invalid; the field list names each bad day; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<YearCalendar> put(@Parameter(example = "2027") @PathParam("year") int year, @Valid @NotNull Arrangement body) {
        if (year < 2000 || year > 2100) {
            throw ProblemException.invalid("year", "must be between 2000 and 2100");
        }
        Map<LocalDate, DayKind> days = new TreeMap<>();
        Map<LocalDate, String> names = new TreeMap<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        collect(year, "holidays", body.holidays(), DayKind.HOLIDAY, days, names, errors);
        collect(year, "workdays", body.workdays(), DayKind.WORKDAY, days, names, errors);
        if (body.holidays().isEmpty()) {
            errors.add(new Problem.FieldError("holidays", "must list the year's days off"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        HolidayArrangement arrangement = new HolidayArrangement(year, days, body.source());
        StringBuilder tsv = new StringBuilder("# source: ").append(body.source().replace('\n', ' ')).append('\n');
        days.forEach((date, kind) -> tsv.append(date).append('\t').append(kind).append('\t')
                .append(names.getOrDefault(date, "").replace('\t', ' ')).append('\n'));
        String officialId = OfficialScope.of(token).officialId();
        return Panache.withTransaction(() -> StoredCalendars.store(year, tsv.toString(), body.source(), officialId))
                .invoke(stored::install)
                .chain(ignored -> provisional.recount())
                .map(moved -> {
                    YearCalendar v = view(arrangement);
                    return new YearCalendar(v.year(), v.official(), v.source(), v.holidays(), v.workdays(), moved);
                });
    }

    private static void collect(int year, String field, List<Day> list, DayKind kind, Map<LocalDate, DayKind> days,
                                Map<LocalDate, String> names, List<Problem.FieldError> errors) {
        for (int i = 0; i < list.size(); i++) {
            String at = field + "[" + i + "].date";
            Day day = list.get(i);
            LocalDate date;
            try {
                date = LocalDate.parse(day.date());
            } catch (DateTimeParseException | NullPointerException e) {
                errors.add(new Problem.FieldError(at, "must be a date like " + year + "-10-01"));
                continue;
            }
            if (date.getYear() != year) {
                errors.add(new Problem.FieldError(at, date + " is not in " + year));
            } else if (kind == DayKind.WORKDAY && date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                errors.add(new Problem.FieldError(at, date + " is a " + date.getDayOfWeek() + ": a make-up working day is a Saturday or Sunday"));
            } else if (days.putIfAbsent(date, kind) != null) {
                errors.add(new Problem.FieldError(at, date + " is listed twice"));
            } else if (day.name() != null) {
                names.put(date, day.name());
            }
        }
    }

    private static YearCalendar view(HolidayArrangement a) {
        return new YearCalendar(a.year(), true, a.source(),
                a.days().entrySet().stream().filter(e -> e.getValue() == DayKind.HOLIDAY).map(e -> e.getKey().toString()).sorted().toList(),
                a.days().entrySet().stream().filter(e -> e.getValue() == DayKind.WORKDAY).map(e -> e.getKey().toString()).sorted().toList(),
                null);
    }
}
