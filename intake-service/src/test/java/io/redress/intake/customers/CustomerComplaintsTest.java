package io.redress.intake.customers;

import static io.redress.embedded.testing.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.embedded.testing.KafkaProbe;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.events.Topics;
import io.redress.intake.IntakeTestInfrastructure;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** A customer's complaints: paging, counts, and the incident rate of an import that arrived out of order. */
@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = IntakeTestInfrastructure.DATABASE))
class CustomerComplaintsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final KafkaProbe kafka = IntakeTestInfrastructure.kafka();

    private static Map<String, Object> body(String customer, Instant receivedAt) {
        return new HashMap<>(Map.of("customerId", customer, "channel", "EMAIL", "category", "billing",
                "description", "Charged twice", "receivedAt", receivedAt.toString()));
    }

    private static JsonPath page(String path) {
        return as("agent").get(path).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void pagesNewestFirst_toTheEnd_withCountsAndTheIncidentRate() {
        String customer = "paged-" + UUID.randomUUID();
        Instant now = Instant.now();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(as("intake").contentType(ContentType.JSON).body(body(customer, now.minus(Duration.ofDays(100L * i))))
                    .post("/complaints").then().statusCode(201).extract().path("complaintId"));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("agent").get("/customers/" + customer
                + "/complaints").then().statusCode(200).body("countsByStatus.FILED", equalTo(5)));

        List<String> seen = new ArrayList<>();
        String next = "/customers/" + customer + "/complaints?limit=2";
        List<Integer> sizes = new ArrayList<>();
        JsonPath first = null;
        while (next != null) {
            JsonPath page = page(next);
            first = first == null ? page : first;
            sizes.add(page.getList("complaints").size());
            seen.addAll(page.getList("complaints.complaintId"));
            next = page.getString("next");
        }

        assertThat(sizes).containsExactly(2, 2, 1);
        assertThat(seen).as("newest first, each once").containsExactlyElementsOf(ids);
        assertThat(first.getInt("incidentRate.complaintsLast365Days")).as("received 0, 100, 200 and 300 days ago")
                .isEqualTo(4);
        assertThat(first.getFloat("incidentRate.contactsPerComplaint")).isEqualTo(1.0f);
        assertThat(first.getInt("countsByStatus.CLOSED")).isZero();
    }

    @Test
    void aMalformedCursorOrLimit_is400NamingIt_andAnUnknownCustomer_404() {
        as("agent").get("/customers/nobody-" + UUID.randomUUID() + "/complaints").then().statusCode(404)
                .contentType("application/problem+json");
        as("agent").get("/customers/x/complaints?cursor=not-a-cursor").then().statusCode(400)
                .body("errors.field", hasItem("cursor"));
        as("agent").get("/customers/x/complaints?limit=0").then().statusCode(400)
                .contentType("application/problem+json");
        as("agent").get("/customers/" + "c".repeat(101) + "/complaints").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void anImportInShuffledOrder_givesEveryComplaintItsExactIncidentRateNow() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Random random = new Random(7);
        Instant end = Instant.parse("2026-06-01T00:00:00Z");
        Map<String, List<Instant>> received = new HashMap<>();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            String customer = "import-" + run + "-" + (i % 3);
            // Spread over three years, so the 365-day window matters.
            Instant at = end.minus(Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60)));
            received.computeIfAbsent(customer, c -> new ArrayList<>()).add(at);
            Map<String, Object> body = body(customer, at);
            body.put("externalRef", "legacy-" + run + "-" + i);
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.COMPLAINT_SUBMISSIONS, customer,
                    JSON.writeValueAsBytes(body));
            record.headers().add("redress_client", "legacy-crm".getBytes(StandardCharsets.UTF_8));
            records.add(record);
        }
        Collections.shuffle(records, random);
        kafka.sendAll(records);

        for (String customer : received.keySet()) {
            List<Instant> times = received.get(customer);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("agent")
                    .get("/customers/" + customer + "/complaints?limit=100").then().statusCode(200)
                    .body("complaints.size()", equalTo(times.size())));
            List<Map<String, Object>> complaints = page("/customers/" + customer + "/complaints?limit=100")
                    .getList("complaints");
            int lateArrivals = 0;
            for (Map<String, Object> complaint : complaints) {
                Instant at = Instant.parse((String) complaint.get("receivedAt"));
                long expected = times.stream().filter(t -> t.isBefore(at) && !t.isBefore(at.minus(Duration.ofDays(365))))
                        .count();
                assertThat(((Number) complaint.get("priorComplaintsNow")).longValue())
                        .as("complaint received at %s", at).isEqualTo(expected);
                int asFiled = ((Number) complaint.get("priorComplaints")).intValue();
                assertThat(asFiled).as("the event counts what was known then").isLessThanOrEqualTo((int) expected);
                lateArrivals += asFiled < expected ? 1 : 0;
            }
            assertThat(lateArrivals).as("shuffled: some complaints were filed before earlier ones arrived")
                    .isPositive();
        }
    }
}
