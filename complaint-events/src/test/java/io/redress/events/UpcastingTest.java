package io.redress.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The codec reads retired wire types through upcasters, shown with the made-up {@link ContactLoggedV0}. */
class UpcastingTest {

    private static final String CONTACT_LOGGED = EventType.CONTACT_LOGGED.wireName();
    /** An even older, equally made-up name of the event: {@code chases} and {@code via} became v0's fields. */
    private static final String CUSTOMER_CHASED = "io.redress.complaint.CustomerChased.v1";
    private static final Upcaster CHASED_TO_V0 = Upcaster.of(CUSTOMER_CHASED, ContactLoggedV0.TYPE,
            json -> ContactLoggedV0.renamed(ContactLoggedV0.renamed(json, "chases", "contacts"), "via", "channel"));

    private final EventCodec codec = new EventCodec(List.of(new ContactLoggedV0(), CHASED_TO_V0));

    @Test
    void decode_upcastsAnOlderPayload_toTheCurrentEvent() {
        assertThat(codec.decode(ContactLoggedV0.TYPE, Contract.bytes(ContactLoggedV0.sample())))
                .contains(ContactLoggedV0.sampleEvent());
    }

    @Test
    void decode_ofAnOlderEnvelope_carriesTheCurrentTypeInItsMetadata() {
        EventMetadata old = metadata(ContactLoggedV0.TYPE);

        EventEnvelope envelope = codec.decode(old, Contract.bytes(ContactLoggedV0.sample())).orElseThrow();

        assertThat(envelope.metadata()).isEqualTo(metadata(CONTACT_LOGGED));
        assertThat(envelope.event()).isEqualTo(ContactLoggedV0.sampleEvent());
    }

    @Test
    void decode_upcastsStepByStep_alongAChain() {
        ObjectNode chased = ContactLoggedV0.renamed(ContactLoggedV0.renamed(ContactLoggedV0.sample(), "contacts",
                "chases"), "channel", "via");

        EventEnvelope envelope = codec.decode(metadata(CUSTOMER_CHASED), Contract.bytes(chased)).orElseThrow();

        assertThat(envelope.event()).isEqualTo(ContactLoggedV0.sampleEvent());
        assertThat(envelope.metadata().type()).isEqualTo(CONTACT_LOGGED);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    void decode_leavesATypeWithoutUpcasterUnchanged(EventType type) {
        EventMetadata metadata = metadata(type.wireName());

        EventEnvelope envelope = codec.decode(metadata, Contract.bytes(Contract.golden(type))).orElseThrow();

        assertThat(envelope).isEqualTo(new EventEnvelope(metadata, SampleEvents.of(type)));
    }

    /** The tree an upcaster works on keeps every value as written, down to the scale of an amount (65.00). */
    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    void decode_throughAnUpcasterThatChangesNothing_givesTheEventOfTheCurrentPayload(EventType type) {
        String retired = type.wireName().replace(".v1", ".v0");
        EventCodec identity = new EventCodec(List.of(Upcaster.of(retired, type.wireName(), json -> json)));

        assertThat(identity.decode(retired, Contract.bytes(Contract.golden(type)))).contains(SampleEvents.of(type));
    }

    @ParameterizedTest
    @ValueSource(strings = {"io.redress.complaint.ContactLogged.v2", "io.redress.complaint.CustomerChased.v0"})
    void decode_returnsEmpty_forATypeNeitherCurrentNorUpcast(String ceType) {
        assertThat(codec.decode(ceType, "not even JSON".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"complaintId", "occurredAt", "channel"})
    void decode_namesTheField_whenAnOlderPayloadLacksARequiredField(String field) {
        ObjectNode json = Contract.without(ContactLoggedV0.sample(), field);

        assertThatThrownBy(() -> codec.decode(ContactLoggedV0.TYPE, Contract.bytes(json)))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith(ContactLoggedV0.TYPE + " (read as " + CONTACT_LOGGED + ")")
                .hasMessageContaining("missing required field '" + field + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "not json", "[]", "42", "null"})
    void decode_throwsInvalidEventException_forAnOlderValueThatIsNoJsonObject(String value) {
        byte[] json = value.getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> codec.decode(ContactLoggedV0.TYPE, json))
                .isExactlyInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith(ContactLoggedV0.TYPE);
    }

    @Test
    void decode_throwsInvalidEventException_whenAnUpcasterFailsOnThePayload() {
        Upcaster strict = Upcaster.of(ContactLoggedV0.TYPE, CONTACT_LOGGED, json -> {
            throw new IllegalArgumentException("field 'contacts' must be a number");
        });

        assertThatThrownBy(() -> new EventCodec(List.of(strict))
                .decode(ContactLoggedV0.TYPE, Contract.bytes(ContactLoggedV0.sample())))
                .isExactlyInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith(ContactLoggedV0.TYPE)
                .hasMessageContaining("field 'contacts' must be a number");
    }

    private static EventMetadata metadata(String type) {
        UUID id = UUID.fromString("0e7c5b8a-4f0f-4bb4-9d59-0a41f4c2a001");
        return new EventMetadata(id, type, "intake", SampleEvents.COMPLAINT_ID.toString(),
                Instant.parse("2025-03-15T16:05:44Z"), UUID.fromString("0e7c5b8a-4f0f-4bb4-9d59-0a41f4c2a000"), id);
    }
}
