package io.redress.intake.submissions;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.redress.intake.filing.RequestKeys.Verdict;
import io.redress.intake.filing.SubmissionReader.Read;
import io.redress.intake.filing.SubmissionReader.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Why a record of {@code complaint-submissions} was not filed, as the headers of its copy on {@code
 * complaint-submissions-dlq} say it: {@code dead-letter-reason} (one word), {@code dead-letter-fields} (a JSON array
 * of the offending fields' JSON pointers) and {@code dead-letter-detail} (the reasons in words).
 *
 * @param reason {@code not-json}, {@code invalid}, {@code conflict}, {@code missing-client} or {@code cannot-be-filed}
 */
public record Rejection(String reason, List<String> fields, String detail) {

    /** The header naming the sending system, the scope of its externalRefs. */
    public static final String CLIENT_HEADER = "redress_client";
    private static final int MAX_DETAIL = 4_000;

    public Rejection {
        fields = List.copyOf(fields);
        detail = detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 3) + "...";
    }

    static Rejection of(Read.Invalid invalid) {
        return new Rejection(invalid.wholeDocument() ? "not-json" : "invalid",
                invalid.violations().stream().map(Violation::pointer).toList(), invalid.summary());
    }

    static Rejection conflict(Verdict.Conflict conflict) {
        return new Rejection("conflict", List.of("/externalRef"), ("externalRef '%s' was filed by this client with a "
                + "different body (complaint %s)").formatted(conflict.key(), conflict.complaintId()));
    }

    static Rejection missingClient() {
        return new Rejection("missing-client", List.of(), "the record has no " + CLIENT_HEADER + " header naming the "
                + "system that sent it (the scope of its externalRef)");
    }

    static Rejection failed(String why) {
        return new Rejection("cannot-be-filed", List.of(), why);
    }

    /** The headers of the dead-lettered copy. */
    Map<String, String> headers() {
        JsonStringEncoder json = JsonStringEncoder.getInstance();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("dead-letter-reason", reason);
        headers.put("dead-letter-fields", fields.stream().map(field -> "\"" + new String(json.quoteAsString(field))
                + "\"").collect(Collectors.joining(",", "[", "]")));
        headers.put("dead-letter-detail", detail);
        return headers;
    }
}
