package io.redress.analytics.rootcause;

import static io.redress.embedded.testing.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.core.sql.Sql;
import io.redress.embedded.testing.KafkaProbe;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.events.Channel;
import io.redress.events.ComplaintAssigned;
import io.redress.events.ComplaintFiled;
import io.redress.events.EventEnvelope;
import io.redress.events.RootCauseIdentified;
import io.redress.events.Severity;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** A rebuild of the read model {@code root-causes} alone rebuilds the root causes and leaves the complaint facts alone. */
@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "redress_analytics"))
class RootCauseRebuildTest {

    /** A day no other test writes to. */
    private static final Instant DAY = Instant.parse("2003-02-11T00:00:00Z");
    private static final String SUMMARY = "/analytics/summary?from=" + DAY + "&to=" + DAY.plusSeconds(86_400)
            + "&asOf=2030-01-01T00:00:00Z";

    @Inject
    Pool pool;


    private final KafkaProbe kafka =
            new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    @Test
    void rebuildOfRootCausesAlone_givesTheSameSummary_andLeavesTheComplaintFactsUntouched() {
        UUID traced = UUID.randomUUID();
        publishFiled(traced, DAY.plusSeconds(3600));
        publishFiled(UUID.randomUUID(), DAY.plusSeconds(7200));
        kafka.publish(EventEnvelope.first(new ComplaintAssigned(traced, DAY.plusSeconds(3660), "agent-chen",
                "customer-care", "test", null), "/redress/resolution"));
        publishRootCause(traced, DAY.plusSeconds(10_800));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("analyst").get(SUMMARY).then()
                .body("filed", equalTo(2)).body("assigned", equalTo(1)).body("withRootCause", equalTo(1)));
        String summaryBefore = as("analyst").get(SUMMARY).then().statusCode(200).extract().asString();
        List<String> factsBefore = factsOfTheDay();
        long factRowsBefore = count("select count(*) from analytics_complaint");
        long factTable = tableOid("analytics_complaint");
        long rootCauseTable = tableOid("analytics_root_cause");

        as("operator").queryParam("readModel", "root-causes").post("/admin/rebuild").then().statusCode(202)
                .body("readModels", contains("root-causes"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("operator").get("/admin/rebuild").then()
                .statusCode(200).body("state", equalTo("COMPLETED")).body("readModels", contains("root-causes")));

        assertThat(as("analyst").get(SUMMARY).then().statusCode(200).extract().asString()).isEqualTo(summaryBefore);
        assertThat(tableOid("analytics_root_cause")).as("root causes swapped in from the replay")
                .isNotEqualTo(rootCauseTable);
        assertThat(tableOid("analytics_complaint")).as("the facts table is the same table").isEqualTo(factTable);
        assertThat(count("select count(*) from analytics_complaint")).isEqualTo(factRowsBefore);
        assertThat(factsOfTheDay()).as("owners, assignment times and row versions unchanged")
                .isEqualTo(factsBefore);
    }

    /** The day's fact rows with their owner, first assignment and row version ({@code xmin}: any rewrite moves it). */
    private List<String> factsOfTheDay() {
        List<String> rows = new ArrayList<>();
        query("select complaint_id, owner_id, assigned_at, xmin::text as version from analytics_complaint "
                + "where received_at >= $1 and received_at < $2 order by complaint_id",
                Sql.time(DAY), Sql.time(DAY.plusSeconds(86_400)))
                .forEach(row -> rows.add(row.getUUID("complaint_id") + " " + row.getString("owner_id") + " "
                        + Sql.instant(row, "assigned_at") + " " + row.getString("version")));
        return rows;
    }

    private long tableOid(String table) {
        return query("select to_regclass($1)::oid::bigint as oid", "public." + table).iterator().next()
                .getLong("oid");
    }

    private long count(String sql) {
        return query(sql).iterator().next().getLong(0);
    }

    private RowSet<Row> query(String sql, Object... parameters) {
        return Sql.query(pool, sql, parameters).await().atMost(Duration.ofSeconds(10));
    }

    private void publishFiled(UUID id, Instant receivedAt) {
        kafka.publish(EventEnvelope.first(new ComplaintFiled(id, receivedAt, "cust-" + id, null, Channel.CHAT,
                "network", Severity.CRITICAL, "No signal since Monday", null, "cell-tower", "7.1", null, null,
                receivedAt, null, null, 0, List.of()), "/redress/intake"));
    }

    private void publishRootCause(UUID complaintId, Instant at) {
        kafka.publish(EventEnvelope.first(new RootCauseIdentified(UUID.randomUUID(), at, "Tower firmware rollback",
                "network", "cell-tower", List.of("Calls dropped", "The tower rebooted nightly",
                        "A firmware update was rolled back"), "Pin the firmware version", List.of(complaintId)),
                "/redress/analytics"));
    }
}
