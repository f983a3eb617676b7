package io.redress.core.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every error a resource can raise into an RFC 9457 problem+json response naming what was wrong. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(err -> err.field() + ": " + err.message())
                .collect(Collectors.joining("; "));
        return respond(Problem.of(400, "Invalid request", detail).withErrors(errors), uri);
    }

    /** More specific than Quarkus' own mapper for this type, so bad field values answer as problems too. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            String field = jme.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String message = switch (e) {
                case StrictJson.UnsafeText unsafe -> unsafe.reason();
                case UnrecognizedPropertyException unknown -> "is not a field of this request; the fields are "
                        + unknown.getKnownPropertyIds();
                case InvalidFormatException ife when ife.getTargetType() != null && ife.getTargetType().isEnum() ->
                        "must be one of " + Arrays.toString(ife.getTargetType().getEnumConstants());
                case MismatchedInputException mismatched when mismatched.getTargetType() != null ->
                        "has the wrong type or format: expected " + expected(mismatched.getTargetType());
                default -> "has the wrong type or format";
            };
            return respond(Problem.of(400, "Invalid request", field + ": " + message)
                    .withErrors(List.of(new Problem.FieldError(field, message))), uri);
        }
        return respond(Problem.of(400, "Malformed JSON", e.getOriginalMessage()), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        // Quarkus REST wraps a body Jackson could not read in a plain 400; the cause names the bad field.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return unreadable(json, uri);
            }
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        return respond(Problem.of(status.getStatusCode(), status.getReasonPhrase(), e.getMessage()), uri);
    }

    /** No token, or one that failed verification: 401 with the scheme to use. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(Problem.unauthorized(), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** A valid token without the role, or an agent acting on someone else's complaint. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(e.getMessage() == null || e.getMessage().isBlank() ? Problem.forbidden()
                : Problem.of(403, "Forbidden", e.getMessage()), uri);
    }

    /**
     * The database pool had no connection for the request in time (more concurrent requests than the service
     * handles): 503 with Retry-After, so a client backs off instead of seeing an internal error.
     */
    @ServerExceptionMapper
    public Response vertxFailure(io.vertx.core.impl.NoStackTraceThrowable e, UriInfo uri) {
        String message = String.valueOf(e.getMessage());
        if (message.equals("Timeout") || message.contains("waiting queue")) {
            LOG.warnf("Busy: no database connection in time for %s (%s)", uri.getPath(), message);
            return Response.fromResponse(respond(Problem.of(503, "Busy", "The service has more requests than it "
                    + "can take right now; retry in a few seconds."), uri)).header("Retry-After", "2").build();
        }
        LOG.errorf("Unexpected error on %s: %s", uri.getPath(), message);
        return respond(Problem.of(500, "Internal error", "The server failed to handle the request; see its log."),
                uri);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        LOG.errorf(e, "Unexpected error on %s", uri.getPath());
        return respond(Problem.of(500, "Internal error", "The server failed to handle the request; see its log."),
                uri);
    }

    private static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(uri.getPath()))
                .build();
    }

    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "text";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 instant such as 2026-11-23T09:00:00Z";
        }
        return "a JSON " + (Collection.class.isAssignableFrom(type) ? "array" : "object");
    }

    /** The name of the bad field: the last node of a path such as {@code file.request.customerId}. */
    private static String field(Path path) {
        return StreamSupport.stream(path.spliterator(), false)
                .reduce((first, second) -> second)
                .map(Path.Node::getName)
                .orElse("request");
    }
}
