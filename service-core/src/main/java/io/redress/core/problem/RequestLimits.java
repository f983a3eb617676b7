package io.redress.core.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses requests over the size limits with a problem+json answer before any of the body is read: a body over
 * {@code redress.http.max-body-bytes} (64 KiB) by its {@code Content-Length} (413), a request line over
 * {@code redress.http.max-uri-length} (8 KiB; 414), headers over {@code redress.http.max-header-bytes} (16 KiB; 431).
 * The HTTP server's own limits, set higher, are the backstop.
 */
@ApplicationScoped
public class RequestLimits {

    private final long maxBodyBytes;
    private final int maxUriLength;
    private final int maxHeaderBytes;

    public RequestLimits(@ConfigProperty(name = "redress.http.max-body-bytes", defaultValue = "65536") long maxBody,
            @ConfigProperty(name = "redress.http.max-uri-length", defaultValue = "8192") int maxUri,
            @ConfigProperty(name = "redress.http.max-header-bytes", defaultValue = "16384") int maxHeaders) {
        this.maxBodyBytes = maxBody;
        this.maxUriLength = maxUri;
        this.maxHeaderBytes = maxHeaders;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::limit);
    }

    void limit(RoutingContext rc) {
        String uri = rc.request().uri();
        if (uri.length() > maxUriLength) {
            refuse(rc, Problem.of(414, "URI too long",
                    "The request target has %d characters; at most %d are accepted.".formatted(uri.length(),
                            maxUriLength)));
            return;
        }
        int headerBytes = 0;
        for (Map.Entry<String, String> header : rc.request().headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > maxHeaderBytes) {
            refuse(rc, Problem.of(431, "Request header fields too large",
                    "The headers have about %d bytes; at most %d are accepted.".formatted(headerBytes,
                            maxHeaderBytes)));
            return;
        }
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && parse(length) > maxBodyBytes) {
            refuse(rc, Problem.of(413, "Request body too large",
                    "The body has %s bytes; at most %d are accepted.".formatted(length, maxBodyBytes)));
            return;
        }
        rc.next();
    }

    private static void refuse(RoutingContext rc, Problem problem) {
        String path = rc.request().path();
        rc.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(Json.encode(problem.withInstance(path.length() > 200 ? path.substring(0, 200) + "..." : path)));
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
