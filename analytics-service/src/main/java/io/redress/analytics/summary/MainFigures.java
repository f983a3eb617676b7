package io.redress.analytics.summary;

import io.redress.analytics.summary.Figures.Durations;
import io.redress.analytics.summary.Figures.Rate;
import io.vertx.mutiny.sqlclient.Row;
import java.math.BigDecimal;

/** One row of {@link FigureSql}'s main statement: the figures of one bucket of complaints. */
record MainFigures(long filed, long backlog, long assigned, long customers, long repeats, long contacts,
        Durations timeToAcknowledge, Durations timeToResolve, Rate slaBreached, Rate firstContactResolved,
        Rate reopened) {

    static final MainFigures NONE = of(0, 0, 0, 0, 0, 0, Durations.of(0, null, null, null),
            Durations.of(0, null, null, null), 0, 0, 0, 0);

    static MainFigures read(Row row) {
        long filed = row.getLong("filed");
        return of(filed, row.getLong("backlog"), row.getLong("assigned"), row.getLong("customers"),
                row.getLong("repeats"), filed + number(row.getBigDecimal("contacts")),
                Durations.of(row.getLong("ack_count"), row.getLong("ack_p50"), row.getLong("ack_p90"),
                        row.getBigDecimal("ack_sum")),
                Durations.of(row.getLong("res_count"), row.getLong("res_p50"), row.getLong("res_p90"),
                        row.getBigDecimal("res_sum")),
                row.getLong("breached"), row.getLong("resolved"), row.getLong("first_contact"),
                row.getLong("reopened"));
    }

    private static MainFigures of(long filed, long backlog, long assigned, long customers, long repeats,
            long contacts, Durations ack, Durations res, long breached, long resolved, long firstContact,
            long reopened) {
        return new MainFigures(filed, backlog, assigned, customers, repeats, contacts, ack, res,
                Rate.of(breached, filed), Rate.of(firstContact, resolved), Rate.of(reopened, resolved));
    }

    private static long number(BigDecimal sum) {
        return sum == null ? 0 : sum.longValueExact();
    }
}
