package io.redress.intake.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.core.privacy.DataKeyStore;
import io.redress.core.privacy.PersonalDataCipher;

import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class PersonalFieldsTest {

    private static final UUID KEY_ID = UUID.randomUUID();
    private static final SecretKey KEY = PersonalDataCipher.newKey();
    private static final Optional<DataKeyStore.DataKey> DATA_KEY = Optional.of(new DataKeyStore.DataKey(KEY_ID, KEY));

    @Test
    void anEncryptedField_isNotThePlainText_andOpensWithTheCustomersKey() {
        String sealed = PersonalDataCipher.encrypt("Ada Lovelace", KEY_ID, KEY, "cust-42");

        assertThat(sealed).startsWith("redress-enc:v1:" + KEY_ID + ":").doesNotContain("Ada");
        assertThat(PersonalDataCipher.encrypt("Ada Lovelace", KEY_ID, KEY, "cust-42")).isNotEqualTo(sealed);
        assertThat(PersonalFields.reveal(sealed, null, "cust-42", false, DATA_KEY))
                .isEqualTo(new PersonalFields("Ada Lovelace", null, false));
    }

    @Test
    void withoutTheKey_orForAnotherCustomer_orTamperedWith_theFieldsAreWithheldAsErased() {
        String name = PersonalDataCipher.encrypt("Ada Lovelace", KEY_ID, KEY, "cust-42");
        String words = PersonalDataCipher.encrypt("Charged twice", KEY_ID, KEY, "cust-42");
        // A character inside the Base64 body carries six bits of the sealed bytes; the last one of an unpadded body
        // may carry unused bits only, so changing the tail alone sometimes changed nothing.
        int inside = name.length() - 10;
        String tampered = name.substring(0, inside) + (name.charAt(inside) == 'A' ? 'B' : 'A')
                + name.substring(inside + 1);
        PersonalFields erased = new PersonalFields(null, null, true);

        assertThat(PersonalFields.reveal(name, words, "cust-42", false, Optional.empty())).isEqualTo(erased);
        assertThat(PersonalFields.reveal(name, words, "cust-43", false, DATA_KEY)).isEqualTo(erased);
        assertThat(PersonalFields.reveal(tampered, words, "cust-42", false, DATA_KEY)).isEqualTo(erased);
        assertThat(PersonalFields.reveal(name, words, "cust-42", true, DATA_KEY)).isEqualTo(erased);
    }

    @Test
    void plainFieldsFromBeforeEncryption_areShownAsTheyAre_untilTheViewErasesThem() {
        assertThat(PersonalFields.reveal("Ada", "Charged twice", "cust-42", false, Optional.empty()))
                .isEqualTo(new PersonalFields("Ada", "Charged twice", false));
        assertThat(PersonalFields.reveal("Ada", "Charged twice", "cust-42", true, Optional.empty()))
                .isEqualTo(new PersonalFields(null, null, true));
    }
}
