package io.redress.local;

import io.smallrye.jwt.build.Jwt;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * Prints a bearer token for one role ({@code intake}, {@code agent}, {@code supervisor}, {@code analyst},
 * {@code operator}), signed with the local run's key; {@code deploy/local/token ROLE} calls it.
 */
public final class TokenMain {

    static final String ISSUER = "https://redress.local";
    private static final Set<String> ROLES = Set.of("intake", "agent", "supervisor", "analyst", "operator");

    private TokenMain() {
    }

    public static void main(String[] args) {
        if (args.length < 2 || !ROLES.contains(args[1])) {
            System.err.println("usage: deploy/local/token ROLE   (ROLE one of " + ROLES + ")");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]);
        String role = args[1];
        JwtKeys.ensure(dataDir);
        String token = Jwt.issuer(ISSUER)
                .upn(role + "@redress.local")
                .subject(role + "@redress.local")
                .groups(Set.of(role))
                .expiresIn(Duration.ofHours(12))
                .sign(JwtKeys.readPrivateKey(dataDir));
        System.out.println(token);
    }
}
