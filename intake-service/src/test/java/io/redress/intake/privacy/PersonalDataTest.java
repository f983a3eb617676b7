package io.redress.intake.privacy;

import static io.redress.embedded.testing.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.embedded.testing.KafkaProbe;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.embedded.testing.SharedInfrastructure;
import io.redress.embedded.testing.TestTokens;
import io.redress.events.Topics;
import io.redress.intake.IntakeTestInfrastructure;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * Personal data through the real service, broker and database: encrypted on the log with the customer's data key,
 * shown to agents, and gone from every answer once erased, also after a rebuild.
 */
@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = IntakeTestInfrastructure.DATABASE))
class PersonalDataTest {

    private final KafkaProbe kafka = IntakeTestInfrastructure.kafka();

    @Test
    void personalFields_areNeverPlainOnAnyTopic_areShownToAgents_andAreGoneForGoodOnceErased() {
        String customer = "cust-" + UUID.randomUUID();
        String name = "Zelda Quixote " + UUID.randomUUID();
        String words = "The router " + UUID.randomUUID() + " caught fire twice.";
        String id = as("intake").contentType(ContentType.JSON).body(Map.of("customerId", customer,
                "customerName", name, "channel", "EMAIL", "category", "hardware", "severity", "MAJOR",
                "description", words)).post("/complaints").then().statusCode(201).extract().path("complaintId");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("agent").get("/complaints/" + id).then()
                .statusCode(200).body("customerName", equalTo(name)).body("description", equalTo(words))
                .body("erased", equalTo(false)));

        // A plain Kafka consumer on every topic never sees the name or the words.
        for (Topics.TopicSpec topic : Topics.all(SharedInfrastructure.PARTITIONS)) {
            for (ConsumerRecord<String, byte[]> record : kafka.readAll(topic.name())) {
                assertThat(text(record)).as("a record on %s", topic.name()).doesNotContain(name)
                        .doesNotContain(words);
            }
        }
        assertThat(kafka.recordsWithKey(Topics.COMPLAINT_EVENTS, id)).singleElement()
                .satisfies(filed -> assertThat(KafkaProbe.value(filed)).contains("\"customerName\":\"redress-enc:v1:"));

        as("supervisor").delete("/customers/" + customer + "/personal-data").then().statusCode(200)
                .body("keyDestroyed", equalTo(true));
        as("agent").get("/complaints/" + id).then().statusCode(200).body("customerName", nullValue())
                .body("description", nullValue()).body("erased", equalTo(true)).body("category", equalTo("hardware"))
                .body("contactCount", equalTo(1));
        as("supervisor").delete("/customers/" + customer + "/personal-data").then().statusCode(200)
                .body("keyDestroyed", equalTo(false));

        as("operator").post("/admin/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("operator").get("/admin/rebuild").then()
                .statusCode(200).body("state", equalTo("COMPLETED")));
        as("agent").get("/complaints/" + id).then().statusCode(200).body("customerName", nullValue())
                .body("description", nullValue()).body("erased", equalTo(true));
    }

    @Test
    void aCustomerIdLongerThanTheContractAllows_gives400NamingIt() {
        as("supervisor").delete("/customers/" + "c".repeat(101) + "/personal-data").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("customerId"));
    }

    @Test
    void onlySupervisors_mayErase() {
        TestTokens.assertAccess("DELETE", "/customers/cust-" + UUID.randomUUID() + "/personal-data",
                Set.of("supervisor"));
    }

    private static String text(ConsumerRecord<String, byte[]> record) {
        StringBuilder text = new StringBuilder(record.key() == null ? "" : record.key());
        if (record.value() != null) {
            text.append(new String(record.value(), StandardCharsets.UTF_8));
        }
        for (Header header : record.headers()) {
            text.append(header.key()).append(new String(header.value(), StandardCharsets.UTF_8));
        }
        return text.toString();
    }
}
