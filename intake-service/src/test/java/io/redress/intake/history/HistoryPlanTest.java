package io.redress.intake.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.redress.core.sql.Sql;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.intake.IntakeTestInfrastructure;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A filing's history look-up stays an index look-up as the history grows: with 50,000 filings in the table, the
 * histories of a batch's 250 customers are read by {@code intake_customer_filing_customer} and the closed ones by
 * the partial index, not by reading the whole table, which PostgreSQL's default random_page_cost of 4 chose (this
 * test fails with {@code REDRESS_DB_RANDOM_PAGE_COST=4}), so that every batch of an import read more than the one
 * before. Run in a transaction that is rolled back.
 */
@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = IntakeTestInfrastructure.DATABASE))
class HistoryPlanTest {

    private static final int CUSTOMERS = 5_000;
    private static final int BATCH = 250;

    @Inject
    Pool pool;

    @Test
    void aBatchOfCustomersIsReadByIndexInFiftyThousandFilings() throws Throwable {
        String prefix = "plan-" + UUID.randomUUID() + "-";
        String[] batch = IntStream.range(0, BATCH).mapToObj(i -> prefix + (i * 37 % CUSTOMERS)).toArray(String[]::new);

        String[] plans = VertxContextSupport.subscribeAndAwait(() -> pool.withConnection(connection ->
                connection.begin().chain(tx -> fill(connection, prefix)
                        .chain(() -> plan(connection, CustomerHistory.FILINGS_OF_CUSTOMERS, batch))
                        .chain(filings -> plan(connection, CustomerHistory.CLOSED_OF_CUSTOMERS, batch)
                                .map(closed -> new String[] {filings, closed}))
                        .call(tx::rollback))));

        assertThat(plans[0]).contains("intake_customer_filing_customer").doesNotContain("Seq Scan");
        assertThat(plans[1]).contains("intake_complaint_customer_closed").doesNotContain("Seq Scan");
    }

    /**
     * 50,000 filings of 5,000 customers, and as many complaints, a third of them closed; statistics taken when
     * each customer had filed once, as autovacuum left them part way through an import.
     */
    private static Uni<Void> fill(SqlConnection tx, String prefix) {
        return filings(tx, prefix, 0, CUSTOMERS)
                .chain(() -> complaints(tx, prefix))
                .chain(() -> Sql.execute(tx, "analyze intake_customer_filing"))
                .chain(() -> Sql.execute(tx, "analyze intake_complaint"))
                .chain(() -> filings(tx, prefix, CUSTOMERS, CUSTOMERS * 10))
                .chain(() -> Sql.execute(tx, "delete from intake_complaint where customer_id like $1::text || '%'",
                        prefix))
                .chain(() -> complaints(tx, prefix));
    }

    private static Uni<Void> filings(SqlConnection tx, String prefix, int from, int to) {
        return Sql.execute(tx, """
                insert into intake_customer_filing (complaint_id, customer_id, category, component, received_at)
                select gen_random_uuid(), $1::text || (n % $2::int), 'billing', 'router',
                    now() - n * interval '1 minute'
                from generate_series($3::int, $4::int - 1) as n""", prefix, CUSTOMERS, from, to);
    }

    private static Uni<Void> complaints(SqlConnection tx, String prefix) {
        return Sql.execute(tx, """
                insert into intake_complaint (complaint_id, customer_id, channel, category, severity, description,
                    received_at, filed_at, prior_complaints, contact_count, closed, closed_at)
                select complaint_id, customer_id, 'EMAIL', category, 'MINOR', 'sealed', received_at, received_at, 0,
                    1, closed, case when closed then received_at + interval '1 day' end
                from (select *, random() < 0.33 as closed from intake_customer_filing
                    where customer_id like $1::text || '%') as filing""", prefix);
    }

    private static Uni<String> plan(SqlConnection tx, String query, String[] customers) {
        return Sql.query(tx, "explain " + query, (Object) customers).map(rows -> {
            StringBuilder plan = new StringBuilder();
            for (Row row : rows) {
                plan.append(row.getString(0)).append('\n');
            }
            return plan.toString();
        });
    }
}
