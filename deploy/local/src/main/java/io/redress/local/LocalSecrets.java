package io.redress.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The secrets a run makes for itself at its first start and keeps under its data directory (never in the
 * repository): the key pair of its bearer tokens ({@link JwtKeys}) and intake's key-encryption key for personal data
 * ({@code personal-data.kek}). Production takes both from its own issuer and secret store.
 */
public final class LocalSecrets {

    private LocalSecrets() {
    }

    public static Path kek(Path dataDir) {
        return dataDir.resolve("personal-data.kek");
    }

    /**
     * The environment a service of this run needs for them; the services that write personal fields (intake,
     * resolution, followup) get the key-encryption key.
     */
    public static Map<String, String> serviceEnvironment(Path dataDir, ServiceSpec spec) {
        Map<String, String> environment = new HashMap<>(JwtKeys.serviceEnvironment(dataDir));
        if (!spec.name().equals("analytics")) {
            environment.put("REDRESS_PERSONAL_DATA_KEK", ensureKek(dataDir));
        }
        return environment;
    }

    private static String ensureKek(Path dataDir) {
        Path file = kek(dataDir);
        try {
            if (!Files.exists(file)) {
                byte[] raw = new byte[32];
                new SecureRandom().nextBytes(raw);
                Files.createDirectories(dataDir);
                Files.writeString(file, Base64.getEncoder().encodeToString(raw), StandardCharsets.US_ASCII);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // Not a POSIX file system: the file keeps the directory's permissions.
                }
            }
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the key-encryption key at " + file, e);
        }
    }
}
