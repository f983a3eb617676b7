package io.redress.core.privacy;

import io.redress.core.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.crypto.SecretKey;

/**
 * Customers' data keys in one table of the service that writes their personal fields (crypto-shredding: destroying
 * a customer's key makes every field sealed with it unreadable, on the log and in every copy), each kept wrapped
 * with the key-encryption key ({@code redress.personal-data.kek}, base64 of 32 bytes; from a KMS or secret store in
 * production). The table has {@code customer_id}, {@code key_id}, {@code wrapped_key}, {@code created_at}; it is
 * never a read model's (a rebuild must not drop it). Runs in the caller's transaction.
 */
public final class DataKeyStore {

    /** A customer's unwrapped data key. */
    public record DataKey(UUID id, SecretKey key) {

        /** {@code plain} as it goes on the log for {@code customerId}; null stays null. */
        public String seal(String plain, String customerId) {
            return PersonalDataCipher.encrypt(plain, id, key, customerId);
        }

        /** An encrypted field of {@code customerId}, or empty when this key did not seal it (or it was altered). */
        public Optional<String> open(String field, String customerId) {
            return id.equals(PersonalDataCipher.keyIdOf(field)) ? PersonalDataCipher.decrypt(field, key, customerId)
                    : Optional.empty();
        }
    }

    private final String table;
    private final SecretKey kek;

    /** @param kek the base64 of 32 bytes (AES-256) */
    public DataKeyStore(String table, String kek) {
        byte[] raw = Base64.getDecoder().decode(kek.trim());
        if (raw.length != 32) {
            throw new IllegalArgumentException("redress.personal-data.kek must be the base64 of 32 bytes (AES-256); "
                    + "it is " + raw.length + " bytes");
        }
        this.table = table;
        this.kek = PersonalDataCipher.key(raw);
    }

    /**
     * The keys of these customers, made for those without one (set-wise: one query, one insert). The caller holds
     * the customers' locks, or the subject's of the command that seals.
     */
    public Uni<Map<String, DataKey>> forCustomers(SqlClient tx, Set<String> customerIds, Instant now) {
        if (customerIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return existing(tx, customerIds).chain(keys -> {
            List<String> missing = customerIds.stream().filter(id -> !keys.containsKey(id)).toList();
            if (missing.isEmpty()) {
                return Uni.createFrom().item(keys);
            }
            UUID[] ids = new UUID[missing.size()];
            Buffer[] wrapped = new Buffer[missing.size()];
            for (int i = 0; i < missing.size(); i++) {
                SecretKey key = PersonalDataCipher.newKey();
                ids[i] = UUID.randomUUID();
                wrapped[i] = Buffer.buffer(PersonalDataCipher.seal(key.getEncoded(), kek, missing.get(i)));
                keys.put(missing.get(i), new DataKey(ids[i], key));
            }
            return Sql.execute(tx, """
                            insert into %s (customer_id, key_id, wrapped_key, created_at)
                            select customer, id, wrapped, $4 from unnest($1::text[], $2::uuid[], $3::bytea[])
                                as made(customer, id, wrapped)""".formatted(table),
                    missing.toArray(String[]::new), ids, wrapped, Sql.time(now)).replaceWith(keys);
        });
    }

    /** The keys these customers have (none once their personal data was erased), without making any. */
    public Uni<Map<String, DataKey>> existing(SqlClient client, Set<String> customerIds) {
        return Sql.query(client, "select customer_id, key_id, wrapped_key from %s where customer_id = any($1)"
                .formatted(table), (Object) customerIds.toArray(String[]::new)).map(rows -> {
                    Map<String, DataKey> keys = new HashMap<>();
                    for (Row row : rows) {
                        String customer = row.getString("customer_id");
                        keys.put(customer, unwrap(customer, row.getUUID("key_id"),
                                row.getBuffer("wrapped_key").getBytes()));
                    }
                    return keys;
                });
    }

    /** Destroys these customers' keys. */
    public Uni<Void> destroy(SqlClient tx, Set<String> customerIds) {
        return Sql.execute(tx, "delete from %s where customer_id = any($1)".formatted(table),
                (Object) customerIds.toArray(String[]::new));
    }

    /** A key as stored, unwrapped with the key-encryption key. */
    public DataKey unwrap(String customerId, UUID keyId, byte[] wrapped) {
        byte[] raw = PersonalDataCipher.open(wrapped, kek, customerId).orElseThrow(
                () -> new IllegalStateException("the data key of a customer cannot be unwrapped: wrong "
                        + "redress.personal-data.kek?"));
        return new DataKey(keyId, PersonalDataCipher.key(raw));
    }
}
