package io.redress.local;

import io.redress.embedded.BearerTokens;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * Prints a bearer token for one role ({@code intake}, {@code agent}, {@code supervisor}, {@code analyst},
 * {@code operator}), signed with the local run's key; {@code deploy/local/token ROLE [--sub NAME] [--ttl D]} calls
 * it. The subject is who acts: an agent's subject must be the {@code ownerId} of the complaints they act on.
 */
public final class TokenMain {

    static final String USAGE = "usage: deploy/local/token ROLE [--sub NAME] [--ttl DURATION]\n"
            + "  ROLE one of " + BearerTokens.ROLES + "; NAME defaults to ROLE@redress.local;\n"
            + "  DURATION is ISO-8601 (PT12H, the default; P7D; PT30M)";

    private TokenMain() {
    }

    public static void main(String[] args) {
        if (args.length < 2 || !BearerTokens.ROLES.contains(args[1])) {
            fail();
        }
        Path dataDir = Path.of(args[0]);
        String role = args[1];
        String subject = role + "@redress.local";
        Duration ttl = Duration.ofHours(12);
        for (int i = 2; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                fail();
            }
            switch (args[i]) {
                case "--sub" -> subject = args[i + 1];
                case "--ttl" -> ttl = duration(args[i + 1]);
                default -> fail();
            }
        }
        JwtKeys.ensure(dataDir);
        System.out.println(BearerTokens.sign(JwtKeys.readPrivateKey(dataDir), JwtKeys.ISSUER, subject, Set.of(role),
                ttl));
    }

    private static Duration duration(String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            fail();
            return null;
        }
    }

    private static void fail() {
        System.err.println(USAGE);
        System.exit(2);
    }
}
