package io.redress.intake.filing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Idempotency, the pure part (after the IETF draft "The Idempotency-Key HTTP Header Field"): the keys a filing is
 * known by, its client's {@code Idempotency-Key} and its {@code externalRef}, each scoped to the client; and what
 * an earlier filing under any of them, within the retention period, makes of this one: the same request again (the
 * same complaint answers), or a different request under a used key (refused).
 */
public final class RequestKeys {

    /** The longest client scope stored as is; a longer token subject is stored as its hash. */
    static final int MAX_CLIENT_LENGTH = 200;

    private RequestKeys() {
    }

    /** The two kinds of key, in the order their locks are taken. */
    public enum Kind {
        IDEMPOTENCY_KEY("idempotency-key", "Idempotency-Key"),
        EXTERNAL_REF("external-ref", "externalRef");

        final String column;
        final String field;

        Kind(String column, String field) {
            this.column = column;
            this.field = field;
        }

        static Kind fromColumn(String column) {
            return Arrays.stream(values()).filter(kind -> kind.column.equals(column)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown request key kind " + column));
        }
    }

    /** A key this request is known by. */
    public record Wanted(Kind kind, String key) {

        /** The key in its client's scope. */
        public Ref of(String client) {
            return new Ref(client, kind, key);
        }
    }

    /** A key in its client's scope: a row of {@code intake_request_key}, and the name of its advisory lock. */
    public record Ref(String client, Kind kind, String key) {

        public String lockName() {
            return "request-key/%s/%s/%s".formatted(client, kind.column, key);
        }
    }

    /** A key as stored, with the request it answered. */
    public record Stored(Kind kind, String key, byte[] requestHash, UUID complaintId, Instant createdAt) {
    }

    /** What an earlier filing under this request's keys makes of it. */
    public sealed interface Verdict {

        /** No unexpired key: a new filing. */
        record New() implements Verdict {
        }

        /** The same request again: the complaint it filed answers. */
        record Repeat(UUID complaintId) implements Verdict {
        }

        /** A key already answered a different request (or the two keys answered different ones). */
        record Conflict(Kind kind, String key, UUID complaintId) implements Verdict {
        }
    }

    /** The keys of a request, those it has, in lock order. */
    public static List<Wanted> of(String idempotencyKey, String externalRef) {
        List<Wanted> keys = new ArrayList<>(2);
        if (idempotencyKey != null) {
            keys.add(new Wanted(Kind.IDEMPOTENCY_KEY, idempotencyKey));
        }
        if (externalRef != null) {
            keys.add(new Wanted(Kind.EXTERNAL_REF, externalRef));
        }
        return keys;
    }

    /**
     * @param stored    what is stored under this request's keys (expired keys are ignored)
     * @param hash      this request's {@link #hash}
     * @param retention how long a key holds
     */
    public static Verdict judge(List<Stored> stored, byte[] hash, Instant now, Duration retention) {
        Instant horizon = now.minus(retention);
        UUID repeatOf = null;
        for (Stored key : stored) {
            if (key.createdAt().isBefore(horizon)) {
                continue;
            }
            if (!Arrays.equals(key.requestHash(), hash)
                    || (repeatOf != null && !repeatOf.equals(key.complaintId()))) {
                return new Verdict.Conflict(key.kind(), key.key(), key.complaintId());
            }
            repeatOf = key.complaintId();
        }
        return repeatOf == null ? new Verdict.New() : new Verdict.Repeat(repeatOf);
    }

    /** SHA-256 of a request's canonical JSON: the same fields and values give the same hash, however sent. */
    public static byte[] hash(byte[] canonicalJson) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(canonicalJson);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The scope of a client's keys: the token's subject, or its hash when the subject is longer than the column. */
    public static String client(String subject) {
        return subject.length() <= MAX_CLIENT_LENGTH ? subject
                : "sha256:" + HexFormat.of().formatHex(hash(subject.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * An id for a new filing ({@code what}: the complaint or its event), derived from its first key so that a retry
     * after a crash sends the very same event, which every consumer skips; without keys, derived from where the
     * submission sits on its topic ({@code origin}), else random. A key reused after it expired ({@code stored}
     * still holds its old row) derives from that row's time as well, so the new filing gets ids of its own, not
     * those of the complaint the key named before.
     *
     * @param stored what is stored under the request's keys (for a new filing, only expired rows)
     * @param origin {@code topic/partition/offset} of a submission read from Kafka; null for one through HTTP
     */
    public static UUID derivedId(String what, String client, List<Wanted> keys, List<Stored> stored,
            String origin) {
        if (keys.isEmpty()) {
            return origin == null ? UUID.randomUUID()
                    : UUID.nameUUIDFromBytes("intake/%s/%s".formatted(what, origin).getBytes(StandardCharsets.UTF_8));
        }
        Wanted first = keys.getFirst();
        String name = "intake/%s/%s/%s/%s".formatted(what, client, first.kind().column, first.key());
        String renewed = stored.stream().filter(key -> key.kind() == first.kind()).findFirst()
                .map(expired -> name + "/after/" + expired.createdAt()).orElse(name);
        return UUID.nameUUIDFromBytes(renewed.getBytes(StandardCharsets.UTF_8));
    }
}
