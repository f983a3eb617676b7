package io.redress.intake.privacy;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import io.redress.core.sql.Sql;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Customers' data keys ({@link CustomerKey}), kept wrapped with the key-encryption key from
 * {@code redress.personal-data.kek} (base64 of 32 bytes; from a KMS or secret store in production). Runs inside the
 * caller's transaction.
 */
@ApplicationScoped
public class DataKeys {

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

    private final SecretKey kek;

    DataKeys(@ConfigProperty(name = "redress.personal-data.kek") String kek) {
        byte[] raw = Base64.getDecoder().decode(kek.trim());
        if (raw.length != 32) {
            throw new IllegalArgumentException("redress.personal-data.kek must be the base64 of 32 bytes (AES-256); "
                    + "it is " + raw.length + " bytes");
        }
        this.kek = PersonalDataCipher.key(raw);
    }

    /**
     * The keys of these customers, made for those without one, in the caller's transaction (set-wise: one query,
     * one insert). The caller holds the customers' locks.
     */
    public Uni<Map<String, DataKey>> forFilings(SqlClient tx, Set<String> customerIds, Instant now) {
        if (customerIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Sql.query(tx, "select customer_id, key_id, wrapped_key from intake_customer_key where customer_id = "
                + "any($1)", (Object) customerIds.toArray(String[]::new)).chain(rows -> {
                    Map<String, DataKey> keys = new HashMap<>();
                    for (Row row : rows) {
                        String customer = row.getString("customer_id");
                        keys.put(customer, unwrap(customer, row.getUUID("key_id"),
                                row.getBuffer("wrapped_key").getBytes()));
                    }
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
                                    insert into intake_customer_key (customer_id, key_id, wrapped_key, created_at)
                                    select customer, id, wrapped, $4 from unnest($1::text[], $2::uuid[], $3::bytea[])
                                        as made(customer, id, wrapped)""",
                            missing.toArray(String[]::new), ids, wrapped, Sql.time(now))
                            .replaceWith(keys);
                });
    }

    /** The customer's key, or empty once their personal data was erased (or if they never had one). */
    public Uni<Optional<DataKey>> find(String customerId) {
        return CustomerKey.<CustomerKey>findById(customerId).map(found -> Optional.ofNullable(found).map(this::unwrap));
    }

    /** Destroys the customer's key. @return whether there was one */
    public Uni<Boolean> destroy(String customerId) {
        return CustomerKey.delete("customerId", customerId).map(deleted -> deleted > 0);
    }

    private DataKey unwrap(CustomerKey row) {
        return unwrap(row.customerId, row.keyId, row.wrappedKey);
    }

    private DataKey unwrap(String customerId, UUID keyId, byte[] wrapped) {
        byte[] raw = PersonalDataCipher.open(wrapped, kek, customerId).orElseThrow(
                () -> new IllegalStateException("the data key of a customer cannot be unwrapped: wrong "
                        + "redress.personal-data.kek?"));
        return new DataKey(keyId, PersonalDataCipher.key(raw));
    }
}
