package io.redress.core.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 *
 * @param state  for a 409, the subject's current state (e.g. {@code ACKNOWLEDGED}), so a client can tell why
 * @param errors one entry per bad field, for 400 responses
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, String state,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One invalid field of a request and what is wrong with it.
     *
     * @param pointer where the field is in the body, as an RFC 6901 JSON pointer (e.g. {@code /severity}); absent for
     *                a header or parameter
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String field, String message, String pointer) {

        public FieldError(String field, String message) {
            this(field, message, null);
        }
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, null, List.of());
    }

    /** No token, or one that failed verification. */
    public static Problem unauthorized() {
        return of(401, "Unauthorized",
                "A valid bearer token is required: Authorization: Bearer <JWT signed by the configured issuer>.");
    }

    /** A valid token whose roles do not allow the operation. */
    public static Problem forbidden() {
        return of(403, "Forbidden", "The token's roles do not allow this operation.");
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, state, errors);
    }

    public Problem withState(String current) {
        return new Problem(type, title, status, detail, instance, current, errors);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, state, List.copyOf(fieldErrors));
    }
}
