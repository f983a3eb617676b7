package io.redress.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventCodecTest {

    private static final EventCodec CODEC = Contract.CODEC;
    private static final String SATISFACTION = EventType.SATISFACTION_RECORDED.wireName();

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    void decode_ignoresUnknownFields_atTopLevelAndInNestedObjects(EventType type) {
        ObjectNode json = withUnknownFields(Contract.golden(type));

        assertThat(Contract.decode(type, json)).isEqualTo(SampleEvents.of(type));
    }

    @ParameterizedTest
    @ValueSource(strings = {"io.redress.complaint.ComplaintTeleported.v1", "io.redress.complaint.ComplaintFiled.v2",
            "com.example.order.OrderPlaced.v1"})
    void decode_returnsEmpty_forATypeThisBuildDoesNotKnow_withoutReadingTheValue(String ceType) {
        assertThat(CODEC.decode(ceType, "not even JSON".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("requiredFields")
    void decode_namesTheField_whenARequiredFieldIsMissing(EventType type, String field) {
        ObjectNode json = Contract.without(Contract.golden(type), field);

        assertThatThrownBy(() -> Contract.decode(type, json))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith(type.wireName())
                .hasMessageContaining("'" + field + "'");
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("enumFields")
    void decode_namesTheFieldAndListsTheAllowedValues_whenAnEnumValueIsUnknown(EventType type, String field,
            List<String> allowed) {
        ObjectNode json = Contract.with(Contract.golden(type), field, TextNode.valueOf("CARRIER_PIGEON"));

        assertThatThrownBy(() -> Contract.decode(type, json))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("'" + field + "'")
                .hasMessageContaining("CARRIER_PIGEON")
                .hasMessageContaining(String.join(", ", allowed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"complaintId\": }", "not json", "[]", "\"SatisfactionRecorded\"", "42",
            "null"})
    void decode_throwsInvalidEventException_forAValueThatIsNoJsonObject(String value) {
        byte[] json = value.getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CODEC.decode(SATISFACTION, json))
                .isExactlyInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith(SATISFACTION);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 6, 10})
    void decode_refusesASatisfactionScoreOutside1To5(int score) {
        ObjectNode json = satisfactionWithScore(IntNode.valueOf(score));

        assertThatThrownBy(() -> Contract.decode(EventType.SATISFACTION_RECORDED, json))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("'score'");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5})
    void decode_acceptsTheSatisfactionScoresAtTheEdgesOf1To5(int score) {
        ObjectNode json = satisfactionWithScore(IntNode.valueOf(score));

        assertThat(Contract.decode(EventType.SATISFACTION_RECORDED, json))
                .isEqualTo(SampleEvents.satisfactionRecorded(score));
    }

    @Test
    void decode_refusesAScoreSentAsText_insteadOfCoercingIt() {
        ObjectNode json = satisfactionWithScore(JsonNodeFactory.instance.textNode("4"));

        assertThatThrownBy(() -> Contract.decode(EventType.SATISFACTION_RECORDED, json))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("'score'");
    }

    @Test
    void decode_namesTheList_whenItHoldsANullItem() {
        ObjectNode json = Contract.golden(EventType.ROOT_CAUSE_IDENTIFIED).deepCopy();
        json.withArray("whys").addNull();

        assertThatThrownBy(() -> Contract.decode(EventType.ROOT_CAUSE_IDENTIFIED, json))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("'whys' must not contain null items");
    }

    @Test
    void decode_refusesAFractionalScore_insteadOfTruncatingIt() {
        ObjectNode json = satisfactionWithScore(JsonNodeFactory.instance.numberNode(4.7));

        assertThatThrownBy(() -> Contract.decode(EventType.SATISFACTION_RECORDED, json))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("'score'");
    }

    @Test
    void encode_leavesOutAbsentOptionalFields() {
        JsonNode json = Contract.tree(CODEC.encode(SampleEvents.complaintFiledWithoutOptionals()));

        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("complaintId", "occurredAt", "customerId", "channel", "category",
                "severity", "description", "receivedAt", "priorComplaints", "similarOpenComplaintIds");
    }

    @Test
    void encode_leavesOutAbsentOptionalFields_ofNestedObjects() {
        ComplaintResolved apologyOnly = SampleEvents.complaintResolved(new Remedy(RemedyType.APOLOGY, null, null));

        JsonNode remedy = Contract.tree(CODEC.encode(apologyOnly)).get("remedy");

        assertThat(remedy).isEqualTo(JsonNodeFactory.instance.objectNode().put("type", "APOLOGY"));
    }

    @Test
    void decode_ofAnEventWithoutOptionalFields_givesTheSameEvent() {
        ComplaintFiled filed = SampleEvents.complaintFiledWithoutOptionals();

        assertThat(CODEC.decode(EventType.COMPLAINT_FILED.wireName(), CODEC.encode(filed))).contains(filed);
    }

    static Stream<Arguments> requiredFields() {
        return Arrays.stream(EventType.values()).flatMap(type -> SchemaFields.requiredPaths(Contract.schema(type))
                .stream().map(field -> Arguments.of(type, field)));
    }

    static Stream<Arguments> enumFields() {
        return Arrays.stream(EventType.values()).flatMap(type -> SchemaFields.properties(Contract.schema(type))
                .entrySet().stream().filter(property -> property.getValue().has("enum"))
                .map(property -> Arguments.of(type, property.getKey(), texts(property.getValue().get("enum")))));
    }

    private static ObjectNode satisfactionWithScore(JsonNode score) {
        return Contract.with(Contract.golden(EventType.SATISFACTION_RECORDED), "score", score);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    /** The JSON with fields a later version might add, beside every object's own fields. */
    private static ObjectNode withUnknownFields(ObjectNode json) {
        ObjectNode copy = json.deepCopy();
        copy.properties().stream().map(property -> property.getValue())
                .filter(JsonNode::isObject).forEach(nested -> ((ObjectNode) nested).put("addedInV1_1", "ignored"));
        copy.put("addedInV1_1", "ignored");
        copy.putObject("nestedAddition").put("flag", true).putArray("list").add(1).add("two");
        return copy;
    }
}
