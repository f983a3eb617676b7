package io.redress.intake.log;

import static io.redress.embedded.testing.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.redress.core.sql.Sql;
import io.redress.embedded.testing.KafkaProbe;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.events.ComplaintFiled;
import io.redress.events.EventCodec;
import io.redress.events.Topics;
import io.redress.intake.IntakeTestInfrastructure;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = IntakeTestInfrastructure.DATABASE))
class RebuildTest {

    @Inject
    Pool pool;

    private final KafkaProbe kafka = IntakeTestInfrastructure.kafka();
    private final EventCodec codec = new EventCodec();

    @Test
    void rebuild_replaysTheLogIntoTheSameView() {
        String customer = "cust-" + UUID.randomUUID();
        List<String> ids = List.of(file(customer, "billing", null), file(customer, "delivery", null));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> ids.forEach(id -> as("agent").get("/complaints/" + id).then().statusCode(200)));
        List<String> before = ids.stream().map(RebuildTest::view).toList();

        as("operator").post("/admin/rebuild").then().statusCode(202).body("state", equalTo("RUNNING"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(
                () -> as("operator").get("/admin/rebuild").then().statusCode(200).body("state", equalTo("COMPLETED")));
        Map<String, Object> status = as("operator").get("/admin/rebuild").then().extract().jsonPath().getMap("$");
        assertThat(((Number) status.get("eventsApplied")).longValue()).isGreaterThanOrEqualTo(2);
        assertThat(((Number) status.get("eventsReplayed")).longValue())
                .isEqualTo(((Number) status.get("targetEvents")).longValue());
        assertThat(status.get("readModels")).isEqualTo(List.of("complaints", "customer-history", "timeline"));
        assertThat(ids.stream().map(RebuildTest::view).toList()).isEqualTo(before);
    }

    @Test
    void rebuildOfTheComplaintsAlone_leavesTheCustomerHistoryAndIdempotencyKeysUntouched_andGivesTheSameAnswers()
            throws Throwable {
        String customer = "cust-" + UUID.randomUUID();
        String key = "rebuild-one-" + UUID.randomUUID();
        List<String> ids = List.of(file(customer, "billing", key), file(customer, "delivery", null));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> ids.forEach(id -> as("agent").get("/complaints/" + id).then().statusCode(200)));
        // A filing only the history knows (its event is on no log): no replay could write it back.
        execute("insert into intake_customer_filing (complaint_id, customer_id, category, received_at) "
                + "values ($1, $2, 'billing', now() - interval '1 day')", UUID.randomUUID(), customer);
        List<String> history = historyOf(customer);
        List<String> historyBuilt = built("customer-history");
        List<String> complaintsBuilt = built("complaints");
        List<String> before = ids.stream().map(RebuildTest::view).toList();

        as("operator").queryParam("readModel", "complaints").post("/admin/rebuild").then().statusCode(202)
                .body("readModels", equalTo(List.of("complaints")));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("operator").get("/admin/rebuild").then()
                .statusCode(200).body("state", equalTo("COMPLETED"))
                .body("readModels", equalTo(List.of("complaints"))));
        assertThat(built("complaints")).as("complaints rebuilt").isNotEqualTo(complaintsBuilt);
        assertThat(ids.stream().map(RebuildTest::view).toList()).isEqualTo(before);
        assertThat(historyOf(customer)).hasSize(3).isEqualTo(history);
        assertThat(built("customer-history")).as("customer-history left alone").isEqualTo(historyBuilt);
        as("intake").contentType(ContentType.JSON).header("Idempotency-Key", key).body(body(customer, "billing"))
                .post("/complaints").then().statusCode(200).body("complaintId", equalTo(ids.getFirst()));
        String next = file(customer, "billing", null);
        ComplaintFiled filed = filed(next);
        assertThat(filed.priorComplaints()).as("the two filed and the one only the history knows").isEqualTo(3);
        assertThat(filed.similarOpenComplaintIds()).hasSize(2).contains(UUID.fromString(ids.getFirst()));
    }

    @Test
    void rebuildOfTheCustomerHistoryAlone_isRefused_asTheLogCannotRebuildIt() {
        as("operator").queryParam("readModel", "customer-history").post("/admin/rebuild").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("readModel"))
                .body("errors[0].message", containsString("customer-history has no tables of its own"));
    }

    /**
     * What {@code POST /admin/rebuild?readModel=<name>} starts once it has checked the name. Called directly: the
     * endpoint of this service-core snapshot refuses every read model that has tables (its check maps a valid name to
     * null, read as an unknown one).
     */
    private static String file(String customer, String category, String idempotencyKey) {
        var request = as("intake").contentType(ContentType.JSON).body(body(customer, category));
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post("/complaints").then().statusCode(201).extract().path("complaintId");
    }

    private static Map<String, Object> body(String customer, String category) {
        return Map.of("customerId", customer, "channel", "WEB_FORM", "category", category,
                "severity", "MODERATE", "description", "Problem with " + category);
    }

    private static String view(String id) {
        return as("agent").get("/complaints/" + id).then().statusCode(200).extract().asString();
    }

    private ComplaintFiled filed(String complaintId) {
        var records = kafka.recordsWithKey(Topics.COMPLAINT_EVENTS, complaintId);
        assertThat(records).hasSize(1);
        return (ComplaintFiled) codec.decode("io.redress.complaint.ComplaintFiled.v1", records.getFirst().value())
                .orElseThrow();
    }

    private List<String> historyOf(String customer) throws Throwable {
        return texts("select complaint_id || ' ' || category || ' ' || received_at from intake_customer_filing "
                + "where customer_id = $1 order by complaint_id", customer);
    }

    private List<String> built(String readModel) throws Throwable {
        return texts("select version || ' ' || built_at from read_model_version where read_model = $1", readModel);
    }

    private List<String> texts(String query, Object... parameters) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Sql.query(pool, query, parameters).map(rows -> {
            List<String> texts = new ArrayList<>();
            for (Row row : rows) {
                texts.add(row.getString(0));
            }
            return texts;
        }));
    }

    private void execute(String statement, Object... parameters) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Sql.execute(pool, statement, parameters));
    }
}
