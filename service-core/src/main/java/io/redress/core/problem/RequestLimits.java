package io.redress.core.problem;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses requests over the size limits with a problem+json answer: a body over {@code redress.http.max-body-bytes}
 * (64 KiB) by its {@code Content-Length} before any of it is read, or, when its length is not declared (chunked),
 * as soon as it has exceeded the limit (413); a request line over
 * {@code redress.http.max-uri-length} (8 KiB; 414), headers over {@code redress.http.max-header-bytes} (16 KiB; 431).
 * The HTTP server's own limits, set higher, are the backstop.
 */
@ApplicationScoped
public class RequestLimits {

    private static final Set<HttpMethod> BODY_METHODS = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

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
        if (length == null && chunked(rc.request())) {
            readUndeclared(rc);
            return;
        }
        rc.next();
    }

    /**
     * An HTTP/1.1 body of undeclared length (chunked) is read here: refused with problem+json as soon as it exceeds
     * the limit, otherwise handed on whole, as if its length had been sent. (An HTTP/2 request cannot be handed on
     * once read: one over the limit without {@code Content-Length} meets the server's own 413.)
     */
    private void readUndeclared(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        Buffer body = Buffer.buffer();
        AtomicBoolean refused = new AtomicBoolean();
        request.handler(chunk -> {
            if (refused.get()) {
                return;
            }
            if (body.length() + chunk.length() > maxBodyBytes) {
                refused.set(true);
                refuse(rc, Problem.of(413, "Request body too large",
                        "The body has more than %d bytes; at most %d are accepted.".formatted(maxBodyBytes,
                                maxBodyBytes)));
            } else {
                body.appendBuffer(chunk);
            }
        });
        request.endHandler(ended -> {
            if (!refused.get()) {
                rc.setBody(body);
                rc.next();
            }
        });
        request.resume();
    }

    private static boolean chunked(HttpServerRequest request) {
        return request.version() != HttpVersion.HTTP_2 && !request.isEnded()
                && BODY_METHODS.contains(request.method())
                && request.headers().contains(HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CHUNKED, true);
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
