package io.redress.core.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void aCursor_readsBackAsItself() {
        Cursor cursor = new Cursor(Instant.parse("2026-11-20T09:15:00.123456Z"), UUID.randomUUID());

        assertThat(Cursor.decode(cursor.encode())).contains(cursor);
        assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void aTokenThisServiceDidNotMake_isNoCursor() {
        assertThat(Cursor.decode("not a cursor!")).isEmpty();
        assertThat(Cursor.decode("bm8gYmFy")).as("base64url of 'no bar'").isEmpty();
        assertThat(Cursor.decode("MjAyNnx4")).as("base64url of '2026|x'").isEmpty();
    }
}
