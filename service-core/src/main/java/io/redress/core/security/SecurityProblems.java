package io.redress.core.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.redress.core.problem.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * The problem+json bodies of 401 (missing or invalid token, with {@code WWW-Authenticate: Bearer}) and 403 (a token
 * without the role). The REST resources answer them through {@code ProblemMappers}; {@code /q/metrics}, served
 * outside them, is guarded here (operators only), and a failure handler covers anything raised before a resource.
 * Authentication is lazy ({@code quarkus.http.auth.proactive=false}), so every failure reaches one of these.
 */
@ApplicationScoped
public class SecurityProblems {

    private static final Logger LOG = Logger.getLogger(SecurityProblems.class);

    private final HttpAuthenticator authenticator;

    SecurityProblems(HttpAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
        // Before the framework routes under /q; authenticates by itself, so its place among Quarkus' handlers is moot.
        router.route("/q/metrics*").order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT).handler(this::operatorsOnly);
    }

    private void operatorsOnly(RoutingContext context) {
        authenticator.attemptAuthentication(context).subscribe().with(identity -> {
            if (identity == null || identity.isAnonymous()) {
                respond(context, Problem.unauthorized());
            } else if (!identity.hasRole(Roles.OPERATOR)) {
                respond(context, Problem.forbidden());
            } else {
                context.next();
            }
        }, failure -> {
            LOG.debugf("401 on %s: %s", context.normalizedPath(), failure);
            respond(context, Problem.unauthorized());
        });
    }

    private void handle(RoutingContext context) {
        Throwable failure = context.failure();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            LOG.debugf("401 on %s: %s", context.normalizedPath(), failure);
            respond(context, Problem.unauthorized());
        } else if (failure instanceof ForbiddenException) {
            LOG.debugf("403 on %s", context.normalizedPath());
            respond(context, Problem.forbidden());
        } else {
            context.next();
        }
    }

    private static void respond(RoutingContext context, Problem problem) {
        if (context.response().headWritten()) {
            return;
        }
        if (problem.status() == 401) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
        }
        context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Json.encode(problem.withInstance(context.normalizedPath())));
    }
}
