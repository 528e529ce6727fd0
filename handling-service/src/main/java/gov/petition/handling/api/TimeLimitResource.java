package gov.petition.handling.api;

import gov.petition.handling.domain.ClockStart;
import gov.petition.handling.domain.DeadlineStep;
import gov.petition.handling.domain.Urgency;
import gov.petition.handling.service.TimeLimits;
import gov.petition.http.OfficialScope;
import gov.petition.http.Problem;
import gov.petition.http.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The time-limit policy as data: an ordered list of rules, the first matching a case giving its deadlines. */
@Path("/api/v1/time-limits")
@Tag(name = "Time limits")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TimeLimitResource {

    /** The rules in order; the last one matches every case. */
    @Schema(name = "TimeLimitPolicy")
    public record Policy(@Schema(required = true) List<TimeLimits.Rule> rules) {
    }

    static final String EXAMPLE = """
            {"rules":[
              {"name":"紧急公共安全：3小时处置、24小时修复（成都井盖规则）","urgency":"URGENT","limits":[
                {"step":"HANDLE","kind":"CALENDAR_HOURS","amount":3,"from":"RECEIVED"},
                {"step":"FIX","kind":"CALENDAR_HOURS","amount":24,"from":"RECEIVED"}]},
              {"name":"12345热线：1个工作小时签收、3个工作日答复","channel":"HOTLINE_12345","limits":[
                {"step":"SIGN","kind":"WORKING_HOURS","amount":1,"from":"ROUTED"},
                {"step":"REPLY","kind":"WORKING_DAYS","amount":3,"from":"ROUTED"}]},
              {"name":"一般诉求：2个工作小时签收、1个工作日受理、5个工作日答复（平湖、萧山）","limits":[
                {"step":"SIGN","kind":"WORKING_HOURS","amount":2,"from":"ROUTED"},
                {"step":"ACCEPT","kind":"WORKING_DAYS","amount":1,"from":"ROUTED"},
                {"step":"REPLY","kind":"WORKING_DAYS","amount":5,"from":"ROUTED"}]}]}""";

    private final JsonWebToken token;
    private final TimeLimits timeLimits;

    public TimeLimitResource(JsonWebToken token, TimeLimits timeLimits) {
        this.token = token;
        this.timeLimits = timeLimits;
    }

    @GET
    @RolesAllowed("official")
    @Operation(summary = "The time-limit rules in force on this instance",
            description = "Each step's limit comes from the first rule that matches the case's category, channel and "
                    + "urgency and limits that step; a rule names only the steps it changes, the rest come from later "
                    + "rules (an urgent case gets HANDLE and FIX from the urgent rule and SIGN, ACCEPT and REPLY from the "
                    + "routine one). The last rule matches every case.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Policy.class), examples = @ExampleObject(name = "rules", value = EXAMPLE)))
    public Policy get() {
        return new Policy(TimeLimits.toRules(timeLimits.current()));
    }

    @PUT
    @RolesAllowed("supervisor")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the time-limit rules (supervisors)", description = "Replaces the whole ordered list. "
            + "Validated (the last rule matches every case; known steps, kinds, clock starts and urgencies; amounts of at "
            + "least 1; no step twice in a rule), stored, and used for every case routed from then on: at once on this "
            + "instance, on the others within handling.time-limits.refresh-interval. Deadlines already computed do not move.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "rules", value = EXAMPLE)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Policy.class)))
    @APIResponse(responseCode = "400", description = "Invalid; the field list names each bad value; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Policy> put(Policy body) {
        List<Problem.FieldError> errors = validate(body);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String officialId = OfficialScope.of(token).officialId();
        return Panache.withTransaction(() -> timeLimits.store(body.rules(), officialId))
                .invoke(timeLimits::install)
                .map(ignored -> get());
    }

    static List<Problem.FieldError> validate(Policy body) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (body == null || body.rules() == null || body.rules().isEmpty()) {
            errors.add(new Problem.FieldError("rules", "must list at least one rule"));
            return errors;
        }
        if (body.rules().size() > 200) {
            errors.add(new Problem.FieldError("rules", "at most 200 rules"));
            return errors;
        }
        List<TimeLimits.Rule> rules = body.rules();
        for (int i = 0; i < rules.size(); i++) {
            String at = "rules[" + i + "]";
            TimeLimits.Rule r = rules.get(i);
            if (r == null) {
                errors.add(new Problem.FieldError(at, "must be a rule"));
                continue;
            }
            if (r.name() == null || r.name().isBlank() || r.name().length() > 200) {
                errors.add(new Problem.FieldError(at + ".name", "must be given, at most 200 characters"));
            }
            if (r.category() != null && r.category().length() > 50) {
                errors.add(new Problem.FieldError(at + ".category", "at most 50 characters"));
            }
            if (r.channel() != null && r.channel().length() > 32) {
                errors.add(new Problem.FieldError(at + ".channel", "at most 32 characters"));
            }
            if (r.urgency() != null && !r.urgency().isBlank() && !known(Urgency.class, r.urgency())) {
                errors.add(new Problem.FieldError(at + ".urgency", "must be one of " + Arrays.toString(Urgency.values())));
            }
            if (r.limits() == null || r.limits().isEmpty()) {
                errors.add(new Problem.FieldError(at + ".limits", "must set at least one step's limit"));
                continue;
            }
            Set<DeadlineStep> steps = EnumSet.noneOf(DeadlineStep.class);
            for (int j = 0; j < r.limits().size(); j++) {
                String lat = at + ".limits[" + j + "]";
                TimeLimits.Limit l = r.limits().get(j);
                if (l == null) {
                    errors.add(new Problem.FieldError(lat, "must be a step limit"));
                    continue;
                }
                if (!known(DeadlineStep.class, l.step())) {
                    errors.add(new Problem.FieldError(lat + ".step", "must be one of " + Arrays.toString(DeadlineStep.values())));
                } else if (!steps.add(DeadlineStep.valueOf(l.step()))) {
                    errors.add(new Problem.FieldError(lat + ".step", l.step() + " is limited twice in this rule"));
                }
                if (!known(gov.petition.handling.domain.TimeLimit.Kind.class, l.kind())) {
                    errors.add(new Problem.FieldError(lat + ".kind", "must be one of " + Arrays.toString(gov.petition.handling.domain.TimeLimit.Kind.values())));
                }
                if (l.amount() == null || l.amount() < 1 || l.amount() > 10_000) {
                    errors.add(new Problem.FieldError(lat + ".amount", "must be a whole number from 1 to 10000"));
                }
                if (!known(ClockStart.class, l.from())) {
                    errors.add(new Problem.FieldError(lat + ".from", "must be one of " + Arrays.toString(ClockStart.values())));
                }
            }
        }
        TimeLimits.Rule last = rules.get(rules.size() - 1);
        if (last != null && !(blank(last.category()) && blank(last.channel()) && blank(last.urgency()))) {
            errors.add(new Problem.FieldError("rules[" + (rules.size() - 1) + "]",
                    "the last rule must match every case: no category, channel or urgency"));
        }
        return errors;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static <E extends Enum<E>> boolean known(Class<E> type, String value) {
        if (value == null) {
            return false;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
