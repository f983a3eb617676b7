package io.redress.intake.log;

import static io.redress.embedded.testing.TestTokens.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.embedded.testing.KafkaProbe;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.events.Channel;
import io.redress.events.ComplaintFiled;
import io.redress.events.EventEnvelope;
import io.redress.events.Severity;
import io.redress.events.Topics;
import io.redress.intake.IntakeTestInfrastructure;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * How the batched consumer meets failures, through the real broker and database: a record that can never be
 * written is dead-lettered alone, and a database outage holds consumption back without losing or dead-lettering
 * anything.
 */
@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = IntakeTestInfrastructure.DATABASE))
class BatchFailuresTest {

    private final KafkaProbe kafka = IntakeTestInfrastructure.kafka();

    @Test
    void recordThatCannotBeWritten_isDeadLetteredAlone_andTheRestOfItsBatchIsApplied() {
        ComplaintFiled first = filed("cust-" + UUID.randomUUID());
        ComplaintFiled tooLong = filed("cust-" + "x".repeat(150));
        ComplaintFiled last = filed("cust-" + UUID.randomUUID());

        kafka.publishAll(List.of(envelope(first), envelope(tooLong), envelope(last)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            as("agent").get("/complaints/" + first.complaintId()).then().statusCode(200);
            as("agent").get("/complaints/" + last.complaintId()).then().statusCode(200);
            var dead = kafka.recordsWithKey(Topics.COMPLAINT_EVENTS_DLQ, tooLong.complaintId().toString());
            assertThat(dead).hasSize(1);
            assertThat(KafkaProbe.header(dead.getFirst(), "dead-letter-reason")).contains("cannot be applied");
        });
        as("agent").get("/complaints/" + tooLong.complaintId()).then().statusCode(404);
        assertThat(kafka.recordsWithKey(Topics.COMPLAINT_EVENTS_DLQ, first.complaintId().toString())).isEmpty();
        assertThat(kafka.recordsWithKey(Topics.COMPLAINT_EVENTS_DLQ, last.complaintId().toString())).isEmpty();
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void databaseOutage_holdsConsumptionBack_thenEveryEventIsApplied_andNothingIsDeadLettered() throws Exception {
        List<ComplaintFiled> filings = IntStream.range(0, 5).mapToObj(i -> filed("cust-" + UUID.randomUUID()))
                .toList();
        try {
            allowConnections(false);
            kafka.publishAll(filings.stream().map(BatchFailuresTest::envelope).toList());

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then()
                    .statusCode(503).body("checks.find { it.name == 'complaint-events processing' }.status",
                            equalTo("DOWN")));
        } finally {
            allowConnections(true);
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (ComplaintFiled filed : filings) {
                as("agent").get("/complaints/" + filed.complaintId()).then().statusCode(200);
            }
        });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().get("/q/health/ready").then()
                .statusCode(200));
        for (ComplaintFiled filed : filings) {
            assertThat(kafka.recordsWithKey(Topics.COMPLAINT_EVENTS_DLQ, filed.complaintId().toString())).isEmpty();
        }
    }

    /** Takes intake's database away (new connections refused, open ones ended) or gives it back. */
    private static void allowConnections(boolean allow) throws SQLException {
        var config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.reactive.url", String.class);
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL("jdbc:" + url.substring(0, url.lastIndexOf('/') + 1) + "postgres");
        admin.setUser(config.getValue("quarkus.datasource.username", String.class));
        admin.setPassword(config.getValue("quarkus.datasource.password", String.class));
        try (Connection connection = admin.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("ALTER DATABASE " + IntakeTestInfrastructure.DATABASE + " ALLOW_CONNECTIONS " + allow);
            if (!allow) {
                sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                        + IntakeTestInfrastructure.DATABASE + "'");
            }
        }
    }

    private static ComplaintFiled filed(String customerId) {
        Instant now = Instant.parse("2026-11-20T10:00:00Z");
        return new ComplaintFiled(UUID.randomUUID(), now, customerId, null, Channel.EMAIL, "billing", Severity.MINOR,
                "Charged twice", null, null, null, null, null, now, null, null, 0, List.of());
    }

    private static EventEnvelope envelope(ComplaintFiled filed) {
        return EventEnvelope.first(filed, "/test");
    }
}
