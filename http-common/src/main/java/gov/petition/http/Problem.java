package gov.petition.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem details body, the same shape from every service. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(example = "urn:petition:problem:validation") String type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "2 fields are invalid") String detail,
        String instance,
        @Schema(description = "Field-level errors of a validation failure") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: its JSON path in the request and what is wrong with it. */
    public record FieldError(@Schema(example = "citizen.phone") String field,
                             @Schema(example = "不是有效的手机号码 / not a valid mobile number") String message) {
    }
}
