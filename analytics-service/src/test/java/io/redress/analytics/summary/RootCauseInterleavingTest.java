package io.redress.analytics.summary;

import static io.redress.embedded.testing.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.core.sql.Sql;
import io.redress.embedded.testing.KafkaProbe;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.events.Channel;
import io.redress.events.ComplaintFiled;
import io.redress.events.EventEnvelope;
import io.redress.events.RootCauseIdentified;
import io.redress.events.Severity;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * {@code RootCauseIdentified} is keyed by the root cause and names complaints keyed by their own ids: the two reach
 * analytics' view in either order, through the real broker and database, and must give the same answers.
 */
@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "redress_analytics"))
class RootCauseInterleavingTest {

    @Inject
    Pool pool;

    private final KafkaProbe kafka =
            new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    @Test
    void rootCauseAppliedAfterItsComplaints_orBeforeThem_givesTheSameSummary_alsoAfterARebuild() {
        // Two days no other test writes to: one per order.
        Instant complaintsFirst = Instant.parse("2002-05-06T00:00:00Z");
        Instant rootCauseFirst = Instant.parse("2002-05-08T00:00:00Z");

        // Order 1: both complaints are counted, then the root cause naming one of them arrives.
        UUID traced = publishFiled(complaintsFirst.plusSeconds(3600));
        publishFiled(complaintsFirst.plusSeconds(7200));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> as("analyst").get("/analytics/summary" + day(complaintsFirst)).then().body("filed", equalTo(2)));
        publishRootCause(complaintsFirst.plusSeconds(10_800), traced);

        // Order 2: the root cause is applied first, naming a complaint the view does not know yet.
        UUID tracedLater = UUID.randomUUID();
        publishRootCause(rootCauseFirst.plusSeconds(10_800), tracedLater);
        await().atMost(Duration.ofSeconds(30)).until(() -> linksTo(tracedLater) == 1);
        as("analyst").get("/analytics/summary" + day(rootCauseFirst)).then().body("filed", equalTo(0));
        publishFiled(tracedLater, rootCauseFirst.plusSeconds(3600));
        publishFiled(UUID.randomUUID(), rootCauseFirst.plusSeconds(7200));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(counts(complaintsFirst)).containsEntry("withRootCause", 1);
            assertThat(counts(rootCauseFirst)).isEqualTo(counts(complaintsFirst));
        });
        assertThat(counts(complaintsFirst)).containsEntry("filed", 2).containsEntry("withRootCause", 1);
        // Before the root cause was identified, no complaint had one, in either order.
        as("analyst").get("/analytics/summary?from=" + rootCauseFirst + "&to=" + rootCauseFirst.plusSeconds(86_400)
                + "&asOf=" + rootCauseFirst.plusSeconds(9000))
                .then().body("filed", equalTo(2)).body("withRootCause", equalTo(0));

        as("operator").post("/admin/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(
                () -> as("operator").get("/admin/rebuild").then().statusCode(200).body("state", equalTo("COMPLETED")));
        assertThat(counts(complaintsFirst)).containsEntry("filed", 2).containsEntry("withRootCause", 1);
        assertThat(counts(rootCauseFirst)).isEqualTo(counts(complaintsFirst));
    }

    private long linksTo(UUID complaintId) {
        return Sql.query(pool, "select count(*) as links from analytics_root_cause_complaint where complaint_id = $1",
                complaintId).await().atMost(Duration.ofSeconds(10)).iterator().next().getLong("links");
    }

    private static String day(Instant start) {
        return "?from=" + start + "&to=" + start.plusSeconds(86_400) + "&asOf=2030-01-01T00:00:00Z";
    }

    private static Map<String, Object> counts(Instant start) {
        Map<String, Object> summary = as("analyst").get("/analytics/summary" + day(start)).then().statusCode(200)
                .extract().jsonPath().getMap("$");
        return Map.of("filed", summary.get("filed"), "assigned", summary.get("assigned"), "withRootCause",
                summary.get("withRootCause"));
    }

    private UUID publishFiled(Instant receivedAt) {
        UUID id = UUID.randomUUID();
        publishFiled(id, receivedAt);
        return id;
    }

    private void publishFiled(UUID id, Instant receivedAt) {
        kafka.publish(EventEnvelope.first(new ComplaintFiled(id, receivedAt, "cust-" + id, null, Channel.WEB_FORM,
                "delivery", Severity.MAJOR, "Parcel never came", null, "courier-api", "2.4", null, null, receivedAt,
                null, null, 0, List.of()), "/redress/intake"));
    }

    private void publishRootCause(Instant at, UUID complaintId) {
        kafka.publish(EventEnvelope.first(new RootCauseIdentified(UUID.randomUUID(), at, "Labels printed without zip",
                "delivery", null, List.of("Parcels were returned", "The label had no zip code",
                        "The courier API dropped the field"), "Validate labels before printing",
                List.of(complaintId)), "/redress/analytics"));
    }
}
