package io.redress.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The local run's own RSA key pair for signing bearer tokens, kept as PEM files under the data directory so tokens
 * stay valid across runs ({@code jwt/privateKey.pem}, {@code jwt/publicKey.pem}).
 */
public final class JwtKeys {

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
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(privateKey(dataDir).getParent());
            Files.writeString(privateKey(dataDir), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicKey(dataDir), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an RSA key pair", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the key pair under " + dataDir, e);
        }
    }

    public static PrivateKey readPrivateKey(Path dataDir) {
        try {
            String pem = Files.readString(privateKey(dataDir), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder()
                    .decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException("no private key at " + privateKey(dataDir)
                    + "; start the system once with deploy/local/run", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable private key at " + privateKey(dataDir), e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
