package io.redress.analytics.summary;

import static io.redress.embedded.testing.TestTokens.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.embedded.testing.KafkaProbe;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.embedded.testing.TestTokens;
import io.redress.events.Channel;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintFiled;
import io.redress.events.EventEnvelope;
import io.redress.events.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "redress_analytics"))
class SummaryTest {

    private final KafkaProbe kafka =
            new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    @Test
    void summary_countsFiledAndAssignedInTheWindow_asTheLogStoodAtAsOf() {
        // A day no other test writes to, so their complaints fall outside the window.
        Instant day = Instant.parse("2001-03-14T00:00:00Z");
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        publishFiled(first, day.plusSeconds(3600));
        publishFiled(second, day.plusSeconds(7200));
        kafka.publish(EventEnvelope.first(new ComplaintAssigned(first, day.plusSeconds(3660), "agent-chen",
                "customer-care", "test", null), "/redress/resolution"));
        String window = "?from=" + day + "&to=" + day.plusSeconds(86_400);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("analyst").get("/analytics/summary" + window)
                .then().statusCode(200)
                .body("filed", equalTo(2))
                .body("assigned", equalTo(1))
                .body("unassigned", equalTo(1)));
        as("analyst").get("/analytics/summary" + window + "&asOf=" + day.plusSeconds(3630)).then()
                .statusCode(200)
                .body("filed", equalTo(1))
                .body("assigned", equalTo(0));
    }

    @Test
    void everyPath_admitsOnlyItsRoles() {
        TestTokens.assertAccess("GET", "/analytics/summary", Set.of("analyst", "operator"));
        TestTokens.assertAccess("GET", "/analytics/trends", Set.of("analyst", "operator"));
        TestTokens.assertAccess("GET", "/admin/rebuild", Set.of("operator"));
        TestTokens.assertAccess("GET", "/q/metrics", Set.of("operator"));
    }

    @Test
    void badInstant_gives400NamingTheParameter() {
        as("analyst").get("/analytics/summary?from=yesterday").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"));
    }

    private void publishFiled(UUID id, Instant receivedAt) {
        kafka.publish(EventEnvelope.first(new ComplaintFiled(id, receivedAt, "cust-" + id, null, Channel.PHONE,
                "billing", Severity.MODERATE, "Wrong tariff", null, null, null, null, null, receivedAt, null, null,
                0, List.of()), "/redress/intake"));
    }
}
