package io.redress.local;

import io.redress.embedded.BearerTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.Map;

/**
 * The local run's own RSA key pair for signing bearer tokens, kept as PEM files under the data directory so tokens
 * stay valid across runs ({@code jwt/privateKey.pem}, {@code jwt/publicKey.pem}). The services verify with the public
 * one; nothing of it is in the repository.
 */
public final class JwtKeys {

    /** The issuer of the local run's tokens, which the services expect by default. */
    public static final String ISSUER = "https://redress.local";

    private JwtKeys() {
    }

    public static Path privateKey(Path dataDir) {
        return dataDir.resolve("jwt/privateKey.pem");
    }

    public static Path publicKey(Path dataDir) {
        return dataDir.resolve("jwt/publicKey.pem");
    }

    /** Creates the key pair on first use; later runs keep it. */
    public static void ensure(Path dataDir) {
        if (Files.exists(privateKey(dataDir)) && Files.exists(publicKey(dataDir))) {
            return;
        }
        KeyPair pair = BearerTokens.newKeyPair();
        try {
            Files.createDirectories(privateKey(dataDir).getParent());
            Files.writeString(privateKey(dataDir), BearerTokens.pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicKey(dataDir), BearerTokens.pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the key pair under " + dataDir, e);
        }
    }

    public static PrivateKey readPrivateKey(Path dataDir) {
        try {
            return BearerTokens.privateKey(Files.readString(privateKey(dataDir), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("no private key at " + privateKey(dataDir)
                    + "; start the system once with deploy/local/run", e);
        }
    }

    /** What a service needs to verify the run's tokens (creating the key pair if needed). */
    public static Map<String, String> serviceEnvironment(Path dataDir) {
        ensure(dataDir);
        return Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey(dataDir).toAbsolutePath().toString(),
                "MP_JWT_VERIFY_ISSUER", ISSUER);
    }
}
