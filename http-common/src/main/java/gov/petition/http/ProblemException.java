package gov.petition.http;

import java.util.List;

/** Thrown by resources and domain code to answer with a problem; never logged as an error. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final java.util.Map<String, String> headers;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        this(status, slug, title, detail, errors, java.util.Map.of());
    }

    private ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors,
                             java.util.Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors;
        this.headers = headers;
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "unauthorized", "Unauthorized", detail, null);
    }

    /** 429 with the seconds to wait in {@code Retry-After}. */
    public static ProblemException tooManyRequests(String detail, long retryAfterSeconds) {
        return new ProblemException(429, "rate-limited", "Too many requests", detail, null,
                java.util.Map.of("Retry-After", Long.toString(Math.max(1, retryAfterSeconds))));
    }

    public java.util.Map<String, String> headers() {
        return headers;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not found", detail, null);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, null);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation", "Invalid request", "1 field is invalid",
                List.of(new Problem.FieldError(field, message)));
    }

    /** A validation failure with several field errors, as bean validation reports them. */
    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
        return new ProblemException(400, "validation", "Invalid request", detail, List.copyOf(errors));
    }

    public Problem toProblem(String instance) {
        return new Problem(Problems.type(slug), title, status, getMessage(), instance, errors);
    }

    public int status() {
        return status;
    }
}
