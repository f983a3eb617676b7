package io.redress.core.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Thrown by resources and deciders to answer with a problem+json response of the given status. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Response.Status status, String title, String detail) {
        this(Problem.of(status.getStatusCode(), title, detail));
    }

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Response.Status.NOT_FOUND, what + " not found", "No " + what + " with id " + id);
    }

    public static ProblemException badField(String field, String message) {
        return new ProblemException(Problem.of(400, "Invalid request", field + ": " + message)
                .withErrors(List.of(new Problem.FieldError(field, message))));
    }
}
