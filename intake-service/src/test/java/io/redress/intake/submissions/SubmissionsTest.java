package io.redress.intake.submissions;

import static io.redress.embedded.testing.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.embedded.testing.KafkaProbe;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.embedded.testing.TestTokens;
import io.redress.events.Topics;
import io.redress.intake.IntakeTestInfrastructure;
import io.redress.intake.filing.FileComplaintRequest;
import io.redress.intake.filing.FilingBatch.Decision;
import io.redress.intake.filing.FilingService;
import io.redress.intake.filing.Submission;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** complaint-submissions through the real broker and database: filed once, poison dead-lettered, nothing lost. */
@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = IntakeTestInfrastructure.DATABASE))
class SubmissionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final KafkaProbe kafka = IntakeTestInfrastructure.kafka();

    @Inject
    FilingService filing;

    private static Map<String, Object> body(String customer, String externalRef) {
        Map<String, Object> body = new HashMap<>(Map.of("customerId", customer, "channel", "EMAIL",
                "category", "billing", "description", "Charged twice for " + customer));
        if (externalRef != null) {
            body.put("externalRef", externalRef);
        }
        return body;
    }

    private static ProducerRecord<String, byte[]> record(String key, byte[] value, String client) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.COMPLAINT_SUBMISSIONS, key, value);
        if (client != null) {
            record.headers().add(Rejection.CLIENT_HEADER, client.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    private static byte[] json(Object body) throws Exception {
        return JSON.writeValueAsBytes(body);
    }

    /** The ComplaintFiled events on the log for this customer, as JSON. */
    private List<JsonNode> filedFor(String customer) throws Exception {
        List<JsonNode> filed = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : kafka.readAll(Topics.COMPLAINT_EVENTS)) {
            if ("io.redress.complaint.ComplaintFiled.v1".equals(KafkaProbe.header(record, "ce_type"))) {
                JsonNode event = JSON.readTree(record.value());
                if (customer.equals(event.path("customerId").asText())) {
                    filed.add(event);
                }
            }
        }
        return filed;
    }

    @Test
    void goodRecordsAreFiledOnce_poisonGoesToTheDlqWithWhy_andThePartitionFlowsOn() throws Exception {
        String customer = "sub-" + UUID.randomUUID();
        String ref = "crm-" + UUID.randomUUID();
        Map<String, Object> invalid = new HashMap<>(body(customer, null));
        invalid.put("channel", "FAX");
        invalid.put("severty", "MAJOR");
        Map<String, Object> changed = new HashMap<>(body(customer, ref));
        changed.put("description", "Something else entirely");
        // One key, so one partition: the records behind the poison must be filed all the same.
        kafka.sendAll(List.of(
                record(customer, json(body(customer, ref)), "crm"),
                record(customer, "{\"customerId\": ".getBytes(StandardCharsets.UTF_8), "crm"),
                record(customer, json(invalid), "crm"),
                record(customer, json(body(customer, null)), null),
                record(customer, json(body(customer, ref)), "crm"),
                record(customer, json(changed), "crm"),
                record(customer, json(body(customer, null)), "crm")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ConsumerRecord<String, byte[]>> dead = kafka.recordsWithKey(Topics.COMPLAINT_SUBMISSIONS_DLQ,
                    customer);
            assertThat(dead).extracting(r -> KafkaProbe.header(r, "dead-letter-reason"))
                    .containsExactly("not-json", "invalid", "missing-client", "conflict");
            assertThat(KafkaProbe.header(dead.get(1), "dead-letter-fields")).isEqualTo("[\"/channel\",\"/severty\"]");
            assertThat(KafkaProbe.header(dead.get(1), "dead-letter-detail")).contains("PARTNER_API", "not a field");
            assertThat(KafkaProbe.header(dead.get(3), "dead-letter-fields")).isEqualTo("[\"/externalRef\"]");
            assertThat(KafkaProbe.header(dead.get(0), "dead-letter-topic")).isEqualTo(Topics.COMPLAINT_SUBMISSIONS);
            assertThat(KafkaProbe.value(dead.get(0))).isEqualTo("{\"customerId\": ");
            assertThat(filedFor(customer)).hasSize(2);
        });
        List<ConsumerRecord<String, byte[]>> submitted = kafka.recordsWithKey(Topics.COMPLAINT_SUBMISSIONS, customer);
        ConsumerRecord<String, byte[]> poison = kafka.recordsWithKey(Topics.COMPLAINT_SUBMISSIONS_DLQ, customer)
                .getFirst();
        assertThat(KafkaProbe.header(poison, "dead-letter-partition"))
                .isEqualTo(Integer.toString(submitted.get(1).partition()));
        assertThat(KafkaProbe.header(poison, "dead-letter-offset")).isEqualTo(Long.toString(submitted.get(1).offset()));
        // Keyed by complaint id, the events may lie on different partitions: found by their externalRef.
        List<JsonNode> filed = filedFor(customer);
        JsonNode byRef = filed.stream().filter(event -> ref.equals(event.path("externalRef").asText(null)))
                .findFirst().orElseThrow();
        JsonNode withoutRef = filed.stream().filter(event -> event.path("externalRef").isMissingNode()).findFirst()
                .orElseThrow();
        assertThat(byRef.path("priorComplaints").asInt()).isZero();
        assertThat(withoutRef.path("priorComplaints").asInt()).isOne();
        assertThat(byRef.path("severity").asText()).as("billing's default").isEqualTo("MODERATE");
        String id = byRef.path("complaintId").asText();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("agent").get("/complaints/" + id).then()
                .statusCode(200));
        // The same externalRef from the same client through HTTP is the same complaint.
        io.restassured.RestAssured.given().auth().oauth2(TestTokens.forSubject("crm", "intake"))
                .contentType(ContentType.JSON).body(body(customer, ref)).post("/complaints").then()
                .statusCode(200).body("complaintId", org.hamcrest.Matchers.equalTo(id));
    }

    @Test
    void aRedeliveredRecord_isARepeatOfWhatItFiled_andFilesNothingMore() throws Exception {
        String customer = "redelivered-" + UUID.randomUUID();
        FileComplaintRequest request = new FileComplaintRequest(customer, null, io.redress.events.Channel.CHAT,
                "billing", null, "Twice charged", null, null, null, null, null, null, null, null, null);
        Submission submission = filing.submission(request, "crm", null, "complaint-submissions/0/" + customer);

        Decision first = filing.fileAll(List.of(submission)).await().atMost(Duration.ofSeconds(20)).getFirst();
        Decision again = filing.fileAll(List.of(submission)).await().atMost(Duration.ofSeconds(20)).getFirst();

        assertThat(first).isInstanceOf(Decision.Filed.class);
        assertThat(again).isEqualTo(new Decision.Repeat(((Decision.Filed) first).plain().complaintId()));
        assertThat(filedFor(customer)).hasSize(1);
    }

    @Test
    void oneCustomersComplaints_throughBothDoorsAtOnce_countEachOtherExactly() throws Exception {
        String customer = "both-doors-" + UUID.randomUUID();
        int each = 15;
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < each; i++) {
            records.add(record(customer, json(body(customer, "topic-" + i)), "crm"));
        }
        ExecutorService posters = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> posted = IntStream.range(0, each).mapToObj(i -> posters.submit(() -> as("intake")
                    .contentType(ContentType.JSON).body(body(customer, "rest-" + i)).post("/complaints")
                    .statusCode())).toList();
            kafka.sendAll(records);
            for (Future<Integer> status : posted) {
                assertThat(status.get()).isEqualTo(201);
            }
        } finally {
            posters.shutdown();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(filedFor(customer)).hasSize(2 * each));
        // Received when filed, each under the customer's lock: every one counted all the ones before it.
        assertThat(filedFor(customer)).extracting(event -> event.path("priorComplaints").asInt())
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 2 * each).boxed().toList());
    }
}
