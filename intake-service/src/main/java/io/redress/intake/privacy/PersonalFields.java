package io.redress.intake.privacy;

import io.redress.core.privacy.DataKeyStore;
import io.redress.core.privacy.PersonalDataCipher;
import java.util.Optional;

/**
 * A complaint's personal fields as an API shows them: opened with the customer's data key, or erased when the key
 * is gone (or the view already applied the erasure). Plain fields written before encryption are shown as they are.
 *
 * @param erased whether any personal field had to be withheld, or the view marks the complaint erased
 */
public record PersonalFields(String customerName, String description, boolean erased) {

    public static PersonalFields reveal(String customerName, String description, String customerId,
            boolean erasedInView, Optional<DataKeyStore.DataKey> key) {
        if (erasedInView) {
            return new PersonalFields(null, null, true);
        }
        Optional<String> name = open(customerName, customerId, key);
        Optional<String> text = open(description, customerId, key);
        boolean withheld = (customerName != null && name.isEmpty()) || (description != null && text.isEmpty());
        return withheld ? new PersonalFields(null, null, true)
                : new PersonalFields(name.orElse(null), text.orElse(null), false);
    }

    /** One personal field (a contact's note), opened; empty when it cannot be read any more (erased). */
    public static Optional<String> open(String field, String customerId, Optional<DataKeyStore.DataKey> key) {
        if (field == null || !PersonalDataCipher.isEncrypted(field)) {
            return Optional.ofNullable(field);
        }
        return key.flatMap(k -> k.open(field, customerId));
    }
}
