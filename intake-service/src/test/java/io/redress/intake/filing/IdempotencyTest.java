package io.redress.intake.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.embedded.testing.KafkaProbe;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.embedded.testing.TestTokens;
import io.redress.events.Topics;
import io.redress.intake.IntakeTestInfrastructure;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import io.redress.embedded.testing.MovableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Idempotency through the real broker and database: keys are the client's (the token's subject), a repeat answers
 * 200 with the same complaint and files nothing, a reuse with another body is refused with 422, and externalRef
 * works the same way with or without the header.
 */
@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = IntakeTestInfrastructure.DATABASE))
class IdempotencyTest {

    private final KafkaProbe kafka = IntakeTestInfrastructure.kafka();

    @Test
    void sameKeyWithADifferentBody_isRefusedWith422NamingTheKey_andFilesNothing() {
        String key = "req-" + UUID.randomUUID();
        String first = post("client-a", key, Complaints.body(Complaints.newCustomer())).then().statusCode(201)
                .extract().path("complaintId");
        String otherCustomer = Complaints.newCustomer();

        post("client-a", key, Complaints.body(otherCustomer)).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("Idempotency-Key"))
                .body("detail", containsString(first));

        assertThat(filedFor(otherCustomer)).isZero();
    }

    @Test
    void theSameBodyFormattedDifferently_isStillARepeat() {
        String key = "req-" + UUID.randomUUID();
        String customer = Complaints.newCustomer();
        String compact = ("{\"customerId\":\"%s\",\"customerName\":\"Ada Lovelace\",\"channel\":\"PHONE\","
                + "\"category\":\"billing\",\"severity\":\"MAJOR\",\"description\":\"Charged twice\","
                + "\"receivedAt\":\"2026-11-02T09:15:00Z\"}").formatted(customer);
        String reordered = """
                {
                  "receivedAt": "2026-11-02T09:15:00Z",   "description": "Charged twice",
                  "severity": "MAJOR", "category": "billing",
                  "channel": "PHONE", "customerName": "Ada Lovelace", "customerId": "%s"
                }""".formatted(customer);

        String first = postRaw("client-a", key, compact).then().statusCode(201).extract().path("complaintId");
        String second = postRaw("client-a", key, reordered).then().statusCode(200).extract().path("complaintId");

        assertThat(second).isEqualTo(first);
        assertThat(filedFor(customer)).isOne();
    }

    @Test
    void twoClientsKeys_areIndependent() {
        String key = "req-" + UUID.randomUUID();
        String customer = Complaints.newCustomer();
        Map<String, Object> body = Complaints.body(customer);

        String ofA = post("client-a", key, body).then().statusCode(201).extract().path("complaintId");
        String ofB = post("client-b", key, body).then().statusCode(201).extract().path("complaintId");

        assertThat(ofB).isNotEqualTo(ofA);
        assertThat(filedFor(customer)).isEqualTo(2);
    }

    @Test
    void externalRefWithoutTheHeader_deduplicatesTheSameWay() {
        String customer = Complaints.newCustomer();
        Map<String, Object> body = new HashMap<>(Complaints.body(customer));
        body.put("externalRef", "crm-" + UUID.randomUUID());

        String first = post("client-a", null, body).then().statusCode(201).extract().path("complaintId");
        String again = post("client-a", null, body).then().statusCode(200).extract().path("complaintId");
        Map<String, Object> changed = new HashMap<>(body);
        changed.put("severity", "MINOR");
        post("client-a", null, changed).then().statusCode(422).body("errors.field", hasItem("externalRef"));
        String otherClient = post("client-b", null, body).then().statusCode(201).extract().path("complaintId");

        assertThat(again).isEqualTo(first);
        assertThat(otherClient).isNotEqualTo(first);
        assertThat(filedFor(customer)).isEqualTo(2);
    }

    @Test
    void bothKeysTogether_repeatAsOne_andAnExternalRefFiledUnderAnotherHeaderIsStillARepeat() {
        String customer = Complaints.newCustomer();
        Map<String, Object> body = new HashMap<>(Complaints.body(customer));
        body.put("externalRef", "crm-" + UUID.randomUUID());
        String key = "req-" + UUID.randomUUID();

        String first = post("client-a", key, body).then().statusCode(201).extract().path("complaintId");
        String again = post("client-a", key, body).then().statusCode(200).extract().path("complaintId");
        String newHeader = post("client-a", "req-" + UUID.randomUUID(), body).then().statusCode(200)
                .extract().path("complaintId");
        Map<String, Object> changed = new HashMap<>(body);
        changed.put("severity", "MINOR");
        post("client-a", key, changed).then().statusCode(422).body("errors.field", hasItem("Idempotency-Key"));

        assertThat(again).isEqualTo(first);
        assertThat(newHeader).isEqualTo(first);
        assertThat(filedFor(customer)).isOne();
    }

    @Test
    void eightParallelIdenticalPosts_fileOnce_oneGets201AndTheOthers200() throws Exception {
        String key = "req-" + UUID.randomUUID();
        String customer = Complaints.newCustomer();
        Map<String, Object> body = Complaints.body(customer);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Response>> posts = IntStream.range(0, 8)
                    .mapToObj(i -> (Callable<Response>) () -> post("client-a", key, body)).toList();
            List<Response> answers = pool.invokeAll(posts).stream().map(IdempotencyTest::get).toList();

            assertThat(answers).extracting(Response::statusCode).containsOnly(201, 200)
                    .filteredOn(status -> status == 201).hasSize(1);
            assertThat(answers).extracting(answer -> answer.<String>path("complaintId")).containsOnly(
                    answers.getFirst().<String>path("complaintId"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(filedFor(customer)).isOne();
    }

    @Test
    void aRepeat_answersTheSameLocation() {
        String key = "req-" + UUID.randomUUID();
        Map<String, Object> body = Complaints.body(Complaints.newCustomer());
        String first = post("client-a", key, body).then().statusCode(201).extract().path("complaintId");

        post("client-a", key, body).then().statusCode(200).body("complaintId", equalTo(first))
                .header("Location", endsWith("/complaints/" + first));
    }

    @Test
    void aKeyHeldLongerThanTheRetention_expires_andThenNamesANewRequest() {
        String key = "expiring-" + UUID.randomUUID();
        String first = post("client-a", key, Complaints.body(Complaints.newCustomer())).then().statusCode(201)
                .extract().path("complaintId");
        try {
            MovableClock.advance(Duration.ofDays(30).plusMinutes(1));
            Map<String, Object> other = Complaints.body(Complaints.newCustomer());

            String second = post("client-a", key, other).then().statusCode(201).extract().path("complaintId");

            assertThat(second).as("a new complaint, not the expired key's").isNotEqualTo(first);
            post("client-a", key, other).then().statusCode(200).body("complaintId", equalTo(second));
        } finally {
            MovableClock.reset();
        }
    }

    private static Response post(String client, String key, Map<String, Object> body) {
        var request = RestAssured.given().auth().oauth2(TestTokens.forSubject(client, "intake"))
                .contentType(ContentType.JSON).body(body);
        return (key == null ? request : request.header("Idempotency-Key", key)).post("/complaints");
    }

    private static Response postRaw(String client, String key, String json) {
        return RestAssured.given().auth().oauth2(TestTokens.forSubject(client, "intake"))
                .contentType(ContentType.JSON).header("Idempotency-Key", key).body(json).post("/complaints");
    }

    /** How many ComplaintFiled events for this customer are on the log (acknowledged before each 201 answered). */
    private long filedFor(String customer) {
        return kafka.readAll(Topics.COMPLAINT_EVENTS).stream()
                .filter(record -> "io.redress.complaint.ComplaintFiled.v1".equals(KafkaProbe.header(record, "ce_type")))
                .filter(record -> KafkaProbe.value(record).contains("\"customerId\":\"" + customer + "\""))
                .count();
    }

    private static Response get(Future<Response> answer) {
        try {
            return answer.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
