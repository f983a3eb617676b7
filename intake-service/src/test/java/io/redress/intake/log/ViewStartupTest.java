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
import io.redress.core.rebuild.RebuildService;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.intake.IntakeTestInfrastructure;
import io.redress.intake.view.Complaints;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = IntakeTestInfrastructure.DATABASE))
class ViewStartupTest {

    @Inject
    RebuildService rebuilds;

    @Inject
    Complaints complaints;

    @Test
    void aRebuildInterruptedByAStop_isRunAgain_forEveryReadModel_andClearsItsMarker() throws Throwable {
        // What a stop in the middle of a replay leaves behind: the marker written when the view was emptied.
        sql("insert into rebuild_marker (id, started_at) values (1, now())");
        Instant asked = Instant.now();

        rebuilds.checkAgain();

        awaitRebuildStartedSince(asked);
        as("operator").get("/admin/rebuild").then().body("readModels", equalTo(List.of("complaints",
                "customer-history", "timeline")));
        assertThat(count("select count(*) from rebuild_marker")).isZero();
    }

    @Test
    void anInterruptedRebuildOfOneReadModel_isRunAgainForThatOneAlone() throws Throwable {
        sql("insert into rebuild_marker (id, started_at, read_models) values (1, now(), 'complaints')");
        Instant asked = Instant.now();

        rebuilds.checkAgain();

        awaitRebuildStartedSince(asked);
        as("operator").get("/admin/rebuild").then().body("readModels", equalTo(List.of("complaints")));
        assertThat(count("select count(*) from rebuild_marker")).isZero();
    }

    @Test
    void nothingIsRebuilt_whenNoRebuildWasInterrupted() throws Throwable {
        sql("delete from rebuild_marker");
        String before = as("operator").get("/admin/rebuild").then().extract().asString();

        rebuilds.checkAgain();

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).untilAsserted(
                () -> assertThat(as("operator").get("/admin/rebuild").then().extract().asString()).isEqualTo(before));
    }

    @Test
    void aReadModelBuiltByAnotherVersion_isRebuiltAlone_keepingTablesTheLogCannotRebuild() throws Throwable {
        String key = "view-version-test-" + UUID.randomUUID();
        sql(("insert into intake_request_key (client_id, kind, request_key, request_hash, complaint_id, created_at) "
                + "values ('test-intake', 'idempotency-key', '%s', '\\x00', '%s', now())").formatted(key,
                UUID.randomUUID()));
        String historyBuilt = names("select built_at::text from read_model_version "
                + "where read_model = 'customer-history'").getFirst();
        sql("update read_model_version set version = %d where read_model = 'complaints'"
                .formatted(complaints.version() - 1));
        Instant asked = Instant.now();

        rebuilds.checkAgain();

        awaitRebuildStartedSince(asked);
        as("operator").get("/admin/rebuild").then().body("readModels", equalTo(List.of("complaints")));
        assertThat(count("select version::bigint from read_model_version where read_model = 'complaints'"))
                .isEqualTo(complaints.version());
        assertThat(names("select built_at::text from read_model_version where read_model = 'customer-history'"))
                .as("the other read model was not rebuilt").containsExactly(historyBuilt);
        assertThat(count("select count(*) from intake_request_key where request_key = '" + key + "'")).isOne();
        // The swapped-in copies carry the migrations' index names, so a later migration can name them.
        assertThat(names("select indexname from pg_indexes where schemaname = 'public' "
                + "and tablename = 'intake_complaint' order by indexname"))
                .containsExactly("intake_complaint_customer", "intake_complaint_customer_closed",
                        "intake_complaint_pkey");
    }

    @Test
    void everyTable_comesFromTheMigrations_ofServiceCoreAndOfIntake() throws Throwable {
        assertThat(names("select version || ' ' || success from flyway_schema_history "
                + "where version is not null and version <> '0' order by installed_rank"))
                .containsExactly("2026.11.23.1 true", "2026.11.23.2 true", "2026.11.23.3 true",
                        "2026.11.23.4 true", "2026.12.01.1 true", "2026.12.02.1 true", "2026.12.02.2 true",
                        "2026.12.02.3 true", "2026.12.02.4 true");
    }

    /** Waits for a rebuild that started after {@code asked} to complete (an earlier one may show as completed). */
    private static void awaitRebuildStartedSince(Instant asked) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var status = as("operator").get("/admin/rebuild").then().statusCode(200).extract().jsonPath();
            assertThat(Instant.parse(status.getString("startedAt"))).isAfterOrEqualTo(asked.minusMillis(1));
            assertThat(status.getString("state")).isEqualTo("COMPLETED");
        });
    }

    private static List<String> names(String query) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                () -> Panache.getSession().chain(s -> s.createNativeQuery(query, String.class).getResultList())));
    }

    private static void sql(String statement) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> Panache.getSession().chain(s -> s.createNativeQuery(statement).executeUpdate())));
    }

    private static long count(String query) throws Throwable {
        return VertxContextSupport.<Number>subscribeAndAwait(() -> Panache.withSession(
                () -> Panache.getSession().chain(s -> s.createNativeQuery(query, Long.class).getSingleResult())
                        .map(n -> (Number) n))).longValue();
    }
}
