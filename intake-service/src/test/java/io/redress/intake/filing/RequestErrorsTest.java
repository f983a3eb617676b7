package io.redress.intake.filing;

import static io.redress.embedded.testing.TestTokens.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.intake.IntakeTestInfrastructure;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = IntakeTestInfrastructure.DATABASE))
class RequestErrorsTest {

    @Test
    void missingAndBlankFields_give400NamingEachField() {
        Map<String, Object> body = new HashMap<>(Complaints.body(Complaints.newCustomer()));
        body.remove("customerId");
        body.put("description", " ");

        Complaints.file(body).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", containsInAnyOrder("customerId", "description"));
    }

    @Test
    void unknownEnumValue_gives400NamingTheFieldAndTheAllowedValues() {
        Map<String, Object> body = new HashMap<>(Complaints.body(Complaints.newCustomer()));
        body.put("severity", "APOCALYPTIC");

        Complaints.file(body).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("severity"))
                .body("errors[0].message", containsString("CRITICAL"));
    }

    @Test
    void everyBadField_isNamedAtOnce_withItsJsonPointer() {
        Map<String, Object> body = new HashMap<>(Complaints.body(Complaints.newCustomer()));
        body.remove("severity");
        body.put("severty", "MAJOR");
        body.put("channel", "FAX");
        body.put("category", "weather");
        body.put("problemOccurredAt", "last tuesday");
        body.put("customerLifetimeValue", "1500");
        body.put("customerId", "c".repeat(101));
        body.put("language", "en_GB");

        Complaints.file(body).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Invalid complaint"))
                .body("errors.pointer", containsInAnyOrder("/customerId", "/channel", "/severity",
                        "/problemOccurredAt", "/customerLifetimeValue", "/language", "/severty"))
                .body("errors.find { it.pointer == '/channel' }.message", containsString("PARTNER_API"))
                .body("errors.find { it.pointer == '/severty' }.message", containsString("is not a field"));
    }

    @Test
    void receivedAtMoreThanFiveMinutesAhead_gives400_andARefusedRequestStoresNothing() {
        Map<String, Object> body = new HashMap<>(Complaints.body(Complaints.newCustomer()));
        body.put("externalRef", "crm-" + UUID.randomUUID());
        body.put("receivedAt", Instant.now().plus(Duration.ofMinutes(10)).toString());

        Complaints.file(body).then()
                .statusCode(400)
                .body("errors.pointer", containsInAnyOrder("/receivedAt"));

        // Had the refused request stored its externalRef, this one (a different body under it) would get a 422.
        body.put("receivedAt", Instant.now().toString());
        Complaints.file(body).then().statusCode(201);
    }

    @Test
    void severityAbsent_isTheCategorysDefault() {
        Map<String, Object> body = new HashMap<>(Complaints.body(Complaints.newCustomer()));
        body.remove("severity");
        body.put("category", "outage");
        body.put("language", "fr-ca");

        String id = Complaints.fileAndGetId(body);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("agent").get("/complaints/" + id).then()
                .statusCode(200)
                .body("severity", equalTo("CRITICAL"))
                .body("language", equalTo("fr-CA")));
    }

    @Test
    void malformedJson_gives400Problem() {
        as("intake").contentType(ContentType.JSON).body("{\"customerId\": ").post("/complaints").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed JSON"));
    }

    @Test
    void bodyOver64KiB_isRefusedWith413Problem() {
        Map<String, Object> body = new HashMap<>(Complaints.body(Complaints.newCustomer()));
        body.put("description", "x".repeat(70 * 1024));

        Complaints.file(body).then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void chunkedBodyOver64KiB_isRefusedWith413Problem() throws Exception {
        Map<String, Object> body = new HashMap<>(Complaints.body(Complaints.newCustomer()));
        body.put("description", "x".repeat(70 * 1024));

        chunked(body).then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("detail", containsString("65536"));
    }

    @Test
    void chunkedBodyWithinTheLimit_isFiledAsIfItsLengthHadBeenSent() throws Exception {
        String customer = Complaints.newCustomer();
        Map<String, Object> body = new HashMap<>(Complaints.body(customer));
        String description = "y".repeat(9_000) + " (the end)";
        body.put("description", description);

        String id = chunked(body).then().statusCode(201).extract().path("complaintId");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("agent").get("/complaints/" + id).then()
                .statusCode(200)
                .body("customerId", equalTo(customer))
                .body("description", equalTo(description)));
    }

    /** Sent from a stream of unknown length: the client uses chunked transfer encoding, with no Content-Length. */
    private static Response chunked(Map<String, Object> body) throws Exception {
        byte[] json = new ObjectMapper().writeValueAsBytes(body);
        return as("intake").contentType(ContentType.JSON).body(new ByteArrayInputStream(json)).post("/complaints");
    }

    @Test
    void unknownComplaint_gives404Problem() {
        UUID id = UUID.randomUUID();

        as("agent").get("/complaints/" + id).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString(id.toString()));
    }
}
