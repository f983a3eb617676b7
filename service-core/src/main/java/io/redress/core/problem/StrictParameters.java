package io.redress.core.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Refuses a request whose path, query parameters or header values hold control characters (a NUL in a customer id,
 * say) before any handler sees it: 400, naming each (the path, the query parameter, {@code header <name>}). Text
 * in bodies is checked by {@link StrictJson}.
 */
@ApplicationScoped
public class StrictParameters {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    void check(RoutingContext rc) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String path = rc.request().path();
        try {
            StrictJson.unsafe(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8))
                    .ifPresent(reason -> errors.add(new Problem.FieldError("path", reason)));
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError("path", "has a malformed percent-encoding"));
        }
        for (Map.Entry<String, String> parameter : rc.queryParams()) {
            StrictJson.unsafe(parameter.getKey()).or(() -> StrictJson.unsafe(parameter.getValue()))
                    .ifPresent(reason -> errors.add(new Problem.FieldError(parameter.getKey(), reason)));
        }
        for (Map.Entry<String, String> header : rc.request().headers()) {
            StrictJson.unsafe(header.getValue())
                    .ifPresent(reason -> errors.add(new Problem.FieldError("header " + header.getKey(), reason)));
        }
        if (errors.isEmpty()) {
            rc.next();
            return;
        }
        Problem problem = Problem.of(400, "Invalid request", errors.getFirst().field() + ": "
                + errors.getFirst().message()).withErrors(errors).withInstance(printable(path));
        rc.response().setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Json.encode(problem));
    }

    private static String printable(String path) {
        String cut = path.length() > 200 ? path.substring(0, 200) + "..." : path;
        return cut.replaceAll("[\\p{Cntrl}]", "?");
    }
}
