package io.redress.core.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies over the configured limit (64 KiB by default) with a 413 problem+json, before any of the
 * body is read.
 */
@ApplicationScoped
public class BodyLimitFilter {

    private final long maxBodyBytes;

    public BodyLimitFilter(@ConfigProperty(name = "redress.http.max-body-bytes", defaultValue = "65536") long max) {
        this.maxBodyBytes = max;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::limit);
    }

    void limit(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && parse(length) > maxBodyBytes) {
            Problem problem = Problem.of(413, "Request body too large",
                    "The body has %s bytes; at most %d are accepted.".formatted(length, maxBodyBytes))
                    .withInstance(rc.request().path());
            rc.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(Json.encode(problem));
            return;
        }
        rc.next();
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
