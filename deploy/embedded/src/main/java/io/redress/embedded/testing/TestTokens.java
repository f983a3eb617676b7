package io.redress.embedded.testing;

import io.redress.embedded.BearerTokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.hamcrest.Matchers;
import java.lang.reflect.InvocationTargetException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real signed bearer tokens for tests, verified by the services under test with the public key
 * {@link RedressTestInfrastructure} configures: {@code as("agent").get("/complaints/" + id)}.
 */
public final class TestTokens {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static PrivateKey key;

    private TestTokens() {
    }

    /** A RestAssured request carrying a token with {@code role} (subject {@code test-ROLE}). */
    public static RequestSpecification as(String role) {
        return RestAssured.given().auth().oauth2(of(role));
    }

    /** A token with one role, for the subject {@code test-ROLE}. */
    public static String of(String role) {
        return forSubject("test-" + role, role);
    }

    /** A token for {@code subject} (an agent's subject is the ownerId of their complaints) with {@code role}. */
    public static String forSubject(String subject, String role) {
        return CACHE.computeIfAbsent(subject + "/" + role, ignored -> BearerTokens.sign(key(),
                SharedInfrastructure.TOKEN_ISSUER, subject, Set.of(role), Duration.ofHours(1)));
    }

    /** A well-formed token signed by another key: the services must refuse it. */
    public static String forged(String role) {
        return BearerTokens.sign(BearerTokens.newKeyPair().getPrivate(), SharedInfrastructure.TOKEN_ISSUER,
                "test-" + role, Set.of(role), Duration.ofHours(1));
    }

    /**
     * Asserts who may call {@code method path}: without a token, or with one signed by another key, 401 with
     * {@code WWW-Authenticate: Bearer}; with a role outside {@code allowed}, 403; both as problem+json. Allowed roles
     * get past security (any answer but 401 and 403).
     */
    public static void assertAccess(String method, String path, Set<String> allowed) {
        for (RequestSpecification unauthenticated : new RequestSpecification[] {RestAssured.given(),
                RestAssured.given().auth().oauth2(forged("operator"))}) {
            send(unauthenticated, method, path).then().log().ifValidationFails().statusCode(401)
                    .header("WWW-Authenticate", Matchers.startsWith("Bearer"))
                    .contentType("application/problem+json").body("status", Matchers.equalTo(401));
        }
        for (String role : BearerTokens.ROLES) {
            if (allowed.contains(role)) {
                send(as(role), method, path).then().statusCode(Matchers.not(Matchers.isOneOf(401, 403)));
            } else {
                send(as(role), method, path).then().log().ifValidationFails().statusCode(403)
                        .contentType("application/problem+json").body("status", Matchers.equalTo(403));
            }
        }
    }

    private static io.restassured.response.Response send(RequestSpecification request, String method, String path) {
        return method.equals("GET") ? request.get(path) : request.contentType(ContentType.JSON).body("{}")
                .request(method, path);
    }

    private static synchronized PrivateKey key() {
        if (key == null) {
            try {
                key = BearerTokens.privateKey((String) RedressTestInfrastructure.sharedInfrastructureClass()
                        .getMethod("tokenKeyPem").invoke(null));
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot reach " + SharedInfrastructure.class.getName(), e);
            }
        }
        return key;
    }
}
