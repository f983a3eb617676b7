package io.redress.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

/** The thread's one cipher seals and opens field after field, also after a field that failed to open. */
class PersonalDataCipherTest {

    private final SecretKey key = PersonalDataCipher.newKey();
    private final SecretKey other = PersonalDataCipher.newKey();
    private final UUID keyId = UUID.randomUUID();

    @Test
    void fieldAfterField_eachOpensToItsOwnText_andOnlyForItsCustomer() {
        List<String> sealed = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            sealed.add(PersonalDataCipher.encrypt("Router down, day " + i, keyId, key, "cust-" + i % 3));
        }
        assertThat(sealed).doesNotHaveDuplicates();
        for (int i = 0; i < 50; i++) {
            String field = sealed.get(i);
            assertThat(PersonalDataCipher.decrypt(field, other, "cust-" + i % 3)).as("another key").isEmpty();
            assertThat(PersonalDataCipher.decrypt(field, key, "cust-" + (i + 1) % 3)).as("another customer").isEmpty();
            assertThat(PersonalDataCipher.decrypt(field, key, "cust-" + i % 3)).contains("Router down, day " + i);
        }
    }

    @Test
    void sealsOnManyThreads_openOnAnother() throws InterruptedException {
        String[] sealed = new String[8];
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < sealed.length; t++) {
            int n = t;
            threads.add(Thread.ofPlatform().start(() -> sealed[n] = PersonalDataCipher.encrypt("thread " + n, keyId,
                    key, "cust")));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        for (int t = 0; t < sealed.length; t++) {
            assertThat(PersonalDataCipher.decrypt(sealed[t], key, "cust")).contains("thread " + t);
        }
    }
}
