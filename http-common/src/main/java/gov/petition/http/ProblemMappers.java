package gov.petition.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Turns every failure into {@code application/problem+json}; validation failures list their fields. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper(priority = 1000)
    public Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder response = Response.fromResponse(Problems.response(e.toProblem(uri.getPath())));
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper(priority = 1000)
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toList());
        String detail = errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
        return Problems.response(new Problem(Problems.type("validation"), "Invalid request", 400, detail, uri.getPath(), errors));
    }

    @ServerExceptionMapper(priority = 1000)
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        List<Problem.FieldError> errors = null;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            errors = List.of(new Problem.FieldError(field, "has the wrong type or format"));
        }
        var location = e.getLocation();
        String detail = "The body is not valid JSON for this request"
                + (location != null ? " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")" : "");
        return Problems.response(new Problem(Problems.type("malformed-body"), "Malformed request body", 400, detail, uri.getPath(), errors));
    }

    /** Wrong types and unknown enum values; more specific than the built-in mapper of Quarkus REST. */
    @ServerExceptionMapper(priority = 1000)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper(priority = 1000)
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper(priority = 1000)
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper(priority = 1000)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.response(403, "forbidden", "Forbidden", "This official may not do this", uri.getPath());
    }

    @ServerExceptionMapper(priority = 1000)
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        Response.StatusType info = Response.Status.fromStatusCode(status);
        String title = info != null ? info.getReasonPhrase() : "HTTP " + status;
        String slug = title.toLowerCase().replace(' ', '-');
        return Problems.response(status, slug, title, e.getMessage(), uri.getPath());
    }

    @ServerExceptionMapper(priority = 2000)
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.errorf(e, "unexpected failure on %s", uri.getPath());
        return Problems.response(500, "internal", "Internal error", "The request could not be completed; nothing was changed", uri.getPath());
    }

    private static Response unauthenticated(UriInfo uri) {
        return Response.fromResponse(Problems.response(401, "unauthorized", "Unauthorized",
                        "A valid bearer token of an official is required", uri.getPath()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** The JSON path of the violated field, without the method and parameter names. */
    static String field(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                if (node.getKind() == ElementKind.PARAMETER && violation.getPropertyPath().toString().split("\\.").length == 2) {
                    names.add(node.getName()); // a query or path parameter: its own name is the field
                }
                continue;
            }
            names.add(node.getIndex() != null ? node.getName() + "[" + node.getIndex() + "]" : node.getName());
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }
}
