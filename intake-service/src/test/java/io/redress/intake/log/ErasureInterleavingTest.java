package io.redress.intake.log;

import static io.redress.embedded.testing.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.redress.embedded.testing.KafkaProbe;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.events.Channel;
import io.redress.events.ComplaintEvent;
import io.redress.events.ComplaintFiled;
import io.redress.events.CustomerDataErased;
import io.redress.events.EventEnvelope;
import io.redress.events.Severity;
import io.redress.intake.IntakeTestInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code CustomerDataErased} is keyed by customer, a complaint by its id: on different partitions, the two reach the
 * view in either order. Both orders, through the real broker and database, must give the same view.
 */
@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = IntakeTestInfrastructure.DATABASE))
class ErasureInterleavingTest {

    private static final Instant FILED = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant ERASED = Instant.parse("2026-11-21T10:00:00Z");
    private static final Instant FILED_AFTER_ERASURE = Instant.parse("2026-11-22T10:00:00Z");

    private final KafkaProbe kafka = IntakeTestInfrastructure.kafka();

    @Test
    void erasureAppliedAfterTheComplaint_orBeforeIt_givesTheSameView_alsoAfterARebuild() throws Throwable {
        // Order 1: the complaint is in the view, then its customer's erasure arrives.
        String first = "cust-" + UUID.randomUUID();
        ComplaintFiled complaintThenErasure = filed(first, FILED);
        publish(complaintThenErasure);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("agent")
                .get("/complaints/" + complaintThenErasure.complaintId()).then().statusCode(200)
                .body("customerName", equalTo("Ada Lovelace")).body("erased", equalTo(false)));
        publish(new CustomerDataErased(first, ERASED));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("agent")
                .get("/complaints/" + complaintThenErasure.complaintId()).then().body("erased", equalTo(true)));

        // Order 2: the erasure is applied first (its partition ran ahead), then a complaint filed before it.
        String second = "cust-" + UUID.randomUUID();
        publish(new CustomerDataErased(second, ERASED));
        await().atMost(Duration.ofSeconds(30)).until(() -> erasuresOf(second) == 1);
        ComplaintFiled erasureThenComplaint = filed(second, FILED);
        publish(erasureThenComplaint);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("agent")
                .get("/complaints/" + erasureThenComplaint.complaintId()).then().statusCode(200));

        // What the customer tells after the erasure is new: it is kept.
        ComplaintFiled afterErasure = filed(second, FILED_AFTER_ERASURE);
        publish(afterErasure);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("agent")
                .get("/complaints/" + afterErasure.complaintId()).then().statusCode(200));

        Map<String, Object> erasedView = withoutIds(complaintThenErasure);
        assertThat(erasedView).containsEntry("erased", true).containsEntry("customerName", null)
                .containsEntry("description", null).containsEntry("category", "billing")
                .containsEntry("contactCount", 1).containsEntry("open", true);
        assertThat(withoutIds(erasureThenComplaint)).isEqualTo(erasedView);
        assertThat(withoutIds(afterErasure)).containsEntry("erased", false)
                .containsEntry("customerName", "Ada Lovelace").containsEntry("description", "Charged twice");

        as("operator").post("/admin/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(
                () -> as("operator").get("/admin/rebuild").then().statusCode(200).body("state", equalTo("COMPLETED")));
        assertThat(withoutIds(complaintThenErasure)).isEqualTo(erasedView);
        assertThat(withoutIds(erasureThenComplaint)).isEqualTo(erasedView);
        assertThat(withoutIds(afterErasure)).containsEntry("erased", false)
                .containsEntry("customerName", "Ada Lovelace");
    }

    private void publish(ComplaintEvent event) {
        kafka.publishAll(List.of(EventEnvelope.first(event, "/test")));
    }

    private static ComplaintFiled filed(String customerId, Instant at) {
        return new ComplaintFiled(UUID.randomUUID(), at, customerId, "Ada Lovelace", Channel.EMAIL, "billing",
                Severity.MINOR, "Charged twice", null, null, null, null, null, at, null, null, 0, List.of());
    }

    /** The complaint as intake's API shows it, without what differs by construction between two complaints. */
    private static Map<String, Object> withoutIds(ComplaintFiled filed) {
        Map<String, Object> view = new HashMap<>(as("agent").get("/complaints/" + filed.complaintId()).then()
                .statusCode(200).extract().jsonPath().getMap("$"));
        view.remove("complaintId");
        view.remove("customerId");
        return view;
    }

    private static long erasuresOf(String customerId) throws Exception {
        try {
            return VertxContextSupport.<Number>subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                    .chain(s -> s.createNativeQuery("select count(*) from intake_erased_customer where customer_id = '"
                            + customerId + "'", Long.class).getSingleResult()).map(n -> (Number) n))).longValue();
        } catch (Throwable e) {
            throw new Exception(e);
        }
    }
}
