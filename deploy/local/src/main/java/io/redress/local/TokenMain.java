package io.redress.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Prints a bearer token for one role ({@code intake}, {@code agent}, {@code supervisor}, {@code analyst},
 * {@code operator}), signed with the local run's key; {@code deploy/local/token ROLE} calls it.
 */
public final class TokenMain {

    static final String ISSUER = "https://redress.local";
    private static final Set<String> ROLES = Set.of("intake", "agent", "supervisor", "analyst", "operator");

    private TokenMain() {
    }

    public static void main(String[] args) throws JoseException {
        if (args.length < 2 || !ROLES.contains(args[1])) {
            System.err.println("usage: deploy/local/token ROLE   (ROLE one of " + ROLES + ")");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]);
        String role = args[1];
        JwtKeys.ensure(dataDir);
        System.out.println(sign(role, JwtKeys.readPrivateKey(dataDir)));
    }

    /** An RS256 token in the MicroProfile JWT shape: issuer, upn, groups, twelve hours of validity. */
    static String sign(String role, java.security.PrivateKey key) throws JoseException {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(role + "@redress.local");
        claims.setClaim("upn", role + "@redress.local");
        claims.setStringListClaim("groups", List.of(role));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(12 * 60);
        claims.setGeneratedJwtId();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        return jws.getCompactSerialization();
    }
}
