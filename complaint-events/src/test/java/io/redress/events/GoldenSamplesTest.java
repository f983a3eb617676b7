package io.redress.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Approval test of the wire format: each event type's sample, encoded, must equal its golden file under
 * {@code src/test/resources/golden}. A failure means the JSON other services read has changed; if that is intended
 * (an additive change), copy the received file over the golden one; a breaking change needs a new {@code .v2} type.
 */
class GoldenSamplesTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    void encode_producesTheGoldenSample(EventType type) throws IOException {
        JsonNode golden = Contract.golden(type);
        JsonNode encoded = Contract.tree(Contract.CODEC.encode(SampleEvents.of(type)));

        if (!encoded.equals(golden)) {
            Path received = Contract.RECEIVED.resolve(Contract.stem(type) + ".json");
            Files.createDirectories(Contract.RECEIVED);
            Files.writeString(received, Contract.pretty(encoded));
            fail("""
                    The wire format of %1$s changed: encoding SampleEvents.of(%1$s) no longer gives \
                    src/test/resources/golden/%2$s.json.
                    --- golden (src/test/resources/golden/%2$s.json):
                    %3$s
                    --- encoded (written to target/golden-received/%2$s.json):
                    %4$s""".formatted(type, Contract.stem(type), Contract.pretty(golden).strip(),
                    Contract.pretty(encoded).strip()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    void decode_ofTheGoldenSample_equalsTheSampleEvent(EventType type) {
        assertThat(Contract.decode(type, Contract.golden(type)))
                .as("decoding golden/%s.json", Contract.stem(type))
                .isEqualTo(SampleEvents.of(type));
    }

    @Test
    void goldenSamples_existForExactlyTheEventTypes() {
        List<String> expected = Arrays.stream(EventType.values()).map(type -> Contract.stem(type) + ".json").toList();

        assertThat(Contract.filesIn(Contract.GOLDEN))
                .as("files in src/test/resources/golden, one <EventName>.v1.json per EventType")
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    void sampleEvent_isOfTheClassOfItsEventType(EventType type) {
        ComplaintEvent sample = SampleEvents.of(type);

        assertThat(sample).isExactlyInstanceOf(type.javaType());
        assertThat(EventType.of(sample)).isEqualTo(type);
    }

    /** Every field filled in (so the sample documents the whole format), in the order Jackson writes them. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    void goldenSample_hasEveryRecordComponent_inComponentOrder(EventType type) {
        List<String> fields = new ArrayList<>();
        Contract.golden(type).fieldNames().forEachRemaining(fields::add);

        assertThat(fields).containsExactlyElementsOf(componentNames(type.javaType()));
    }

    private static List<String> componentNames(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
