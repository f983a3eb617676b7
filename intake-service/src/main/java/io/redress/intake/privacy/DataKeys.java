package io.redress.intake.privacy;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Base64;
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

    /** The customer's key, made on first use. The caller holds the customer's lock. */
    public Uni<DataKey> forFiling(String customerId, Instant now) {
        return CustomerKey.<CustomerKey>findById(customerId).chain(found -> {
            if (found != null) {
                return Uni.createFrom().item(unwrap(found));
            }
            SecretKey key = PersonalDataCipher.newKey();
            CustomerKey row = new CustomerKey();
            row.customerId = customerId;
            row.keyId = UUID.randomUUID();
            row.wrappedKey = PersonalDataCipher.seal(key.getEncoded(), kek, customerId);
            row.createdAt = now;
            // Flushed with the filing's own rows, before its event is sent.
            return row.persist().replaceWith(new DataKey(row.keyId, key));
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
        byte[] raw = PersonalDataCipher.open(row.wrappedKey, kek, row.customerId).orElseThrow(
                () -> new IllegalStateException("the data key of a customer cannot be unwrapped: wrong "
                        + "redress.personal-data.kek?"));
        return new DataKey(row.keyId, PersonalDataCipher.key(raw));
    }
}
