package io.redress.intake.filing;

import static io.redress.embedded.testing.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.embedded.testing.KafkaProbe;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.events.ComplaintFiled;
import io.redress.events.EventCodec;
import io.redress.events.Topics;
import io.redress.intake.IntakeTestInfrastructure;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = IntakeTestInfrastructure.DATABASE))
class FileComplaintTest {

    private final KafkaProbe kafka = IntakeTestInfrastructure.kafka();
    private final EventCodec codec = new EventCodec();

    @Test
    void filing_appendsComplaintFiledWithCloudEventsHeaders() {
        String customer = Complaints.newCustomer();

        io.restassured.response.Response response = Complaints.file(Complaints.body(customer));
        response.then().statusCode(201);
        String id = response.path("complaintId");
        assertThat(response.header("Location")).endsWith("/complaints/" + id);

        List<ConsumerRecord<String, byte[]>> records = kafka.recordsWithKey(Topics.COMPLAINT_EVENTS, id);
        assertThat(records).hasSize(1);
        ConsumerRecord<String, byte[]> record = records.getFirst();
        assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo("io.redress.complaint.ComplaintFiled.v1");
        assertThat(KafkaProbe.header(record, "ce_source")).isEqualTo("/redress/intake");
        assertThat(KafkaProbe.header(record, "ce_subject")).isEqualTo(id);
        assertThat(KafkaProbe.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(KafkaProbe.header(record, "content-type")).isEqualTo("application/json");
        String eventId = KafkaProbe.header(record, "ce_id");
        assertThat(KafkaProbe.header(record, "ce_correlationid")).isEqualTo(eventId);
        ComplaintFiled filed = (ComplaintFiled) codec.decode("io.redress.complaint.ComplaintFiled.v1", record.value())
                .orElseThrow();
        assertThat(filed.complaintId()).isEqualTo(UUID.fromString(id));
        assertThat(filed.customerId()).isEqualTo(customer);
        assertThat(filed.receivedAt()).isEqualTo(Instant.parse("2026-11-02T09:15:00Z"));
        assertThat(filed.priorComplaints()).isZero();
    }

    @Test
    void filedComplaint_isReadableOnceIntakeConsumedIt() {
        String id = Complaints.fileAndGetId(Complaints.body(Complaints.newCustomer()));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("agent").get("/complaints/" + id).then()
                .statusCode(200)
                .body("complaintId", equalTo(id))
                .body("category", equalTo("billing"))
                .body("severity", equalTo("MAJOR"))
                .body("contactCount", equalTo(1))
                .body("open", equalTo(true)));
    }

    @Test
    void repeatWithTheSameIdempotencyKey_returnsTheSameComplaint_andFilesOnce() {
        String key = "req-" + UUID.randomUUID();
        Map<String, Object> body = Complaints.body(Complaints.newCustomer());

        String first = as("intake").contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/complaints").then().statusCode(201).extract().path("complaintId");
        String second = as("intake").contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/complaints").then().statusCode(200)
                .header("Location", endsWith("/complaints/" + first))
                .extract().path("complaintId");

        assertThat(second).isEqualTo(first);
        assertThat(kafka.recordsWithKey(Topics.COMPLAINT_EVENTS, first)).hasSize(1);
    }

    @Test
    void aCustomersNextComplaint_countsTheEarlierOneAsPriorAndSimilarOpen() {
        String customer = Complaints.newCustomer();
        String first = Complaints.fileAndGetId(Complaints.body(customer));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> as("agent").get("/complaints/" + first).then().statusCode(200));

        Map<String, Object> later = new HashMap<>(Complaints.body(customer));
        later.put("receivedAt", "2026-11-20T10:00:00Z");
        String second = Complaints.fileAndGetId(later);

        ConsumerRecord<String, byte[]> record = kafka.recordsWithKey(Topics.COMPLAINT_EVENTS, second).getFirst();
        ComplaintFiled filed = (ComplaintFiled) codec.decode("io.redress.complaint.ComplaintFiled.v1", record.value())
                .orElseThrow();
        assertThat(filed.priorComplaints()).isEqualTo(1);
        assertThat(filed.similarOpenComplaintIds()).containsExactly(UUID.fromString(first));
    }
}
