package io.redress.intake.log;

import static io.restassured.RestAssured.given;
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
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = IntakeTestInfrastructure.DATABASE))
class InterruptedRebuildTest {

    @Inject
    RebuildService rebuilds;

    @Test
    void aRebuildInterruptedByAStop_isRunAgain_andClearsItsMarker() throws Throwable {
        // What a stop in the middle of a replay leaves behind: the marker written when the view was emptied.
        sql("insert into rebuild_marker (id, started_at) values (1, now())");

        rebuilds.resumeIfInterrupted();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(
                () -> given().get("/admin/rebuild").then().statusCode(200).body("state", equalTo("COMPLETED")));
        assertThat(count("select count(*) from rebuild_marker")).isZero();
    }

    @Test
    void nothingIsRebuilt_whenNoRebuildWasInterrupted() throws Throwable {
        sql("delete from rebuild_marker");
        String before = given().get("/admin/rebuild").then().extract().asString();

        rebuilds.resumeIfInterrupted();

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).untilAsserted(
                () -> assertThat(given().get("/admin/rebuild").then().extract().asString()).isEqualTo(before));
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
