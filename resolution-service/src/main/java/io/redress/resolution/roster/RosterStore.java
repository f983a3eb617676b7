package io.redress.resolution.roster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.redress.core.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The roster as this service's own state ({@code resolution_roster}, one row): not rebuilt from the log, because
 * the log already holds every decision made with it (each {@code ComplaintAssigned} names its owner and rule, each
 * {@code ComplaintEscalated} its person), so a rebuild gives the same owners without it. Each change raises its
 * version (the ETag); the parsed document is kept in memory per version, so a batch pays one small query.
 */
@ApplicationScoped
public class RosterStore {

    private static final Logger LOG = Logger.getLogger(RosterStore.class);

    /** The roster as stored, with its version and who changed it last. */
    public record Versioned(long version, Roster roster, Instant updatedAt, String updatedBy) {
    }

    private final Pool pool;
    private final ObjectMapper json;
    private final Clock clock;
    private final String seed;
    private final AtomicReference<Versioned> cached = new AtomicReference<>();

    public RosterStore(Pool pool, ObjectMapper json, Clock clock,
            @ConfigProperty(name = "redress.resolution.roster.seed", defaultValue = "default-roster.json")
            String seed) {
        this.pool = pool;
        this.json = json;
        this.clock = clock;
        this.seed = seed;
    }

    /** Before the consumers start: the first instance on an empty database stores the seed roster (version 1). */
    void onStart(@Observes @Priority(10) StartupEvent startup) {
        Roster roster = read(seed);
        var errors = RosterRules.violations(roster);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the seed roster " + seed + " is invalid: " + errors);
        }
        Sql.execute(pool, """
                insert into resolution_roster (id, version, document, updated_at, updated_by)
                values (1, 1, $1::text::jsonb, $2, 'seed') on conflict (id) do nothing""", write(roster),
                Sql.time(clock.instant())).await().indefinitely();
        LOG.infof("Roster at version %d", current(pool).await().indefinitely().version());
    }

    /** The roster now; in the caller's transaction when given one. */
    public Uni<Versioned> current(SqlClient client) {
        Versioned known = cached.get();
        // Version and time together: a change rolled back after it was read must not pass for the next one.
        return Sql.query(client, """
                select version, updated_at, updated_by,
                       case when version = $1 and updated_at = $2 then null else document::text end as doc
                from resolution_roster where id = 1""", known == null ? -1L : known.version(),
                Sql.time(known == null ? Instant.EPOCH : known.updatedAt())).map(rows -> {
                    Row row = rows.iterator().next();
                    if (row.getString("doc") == null) {
                        return known;
                    }
                    Versioned read = new Versioned(row.getLong("version"), parse(row.getString("doc")),
                            Sql.instant(row, "updated_at"), row.getString("updated_by"));
                    cached.set(read);
                    return read;
                });
    }

    /** The roster locked for a change: changes are made one after the other. */
    public Uni<Versioned> locked(SqlConnection tx) {
        return Sql.execute(tx, "select 1 from resolution_roster where id = 1 for update").chain(() -> current(tx));
    }

    /** Stores a new roster as the next version; the caller has {@link #locked} it. */
    public Uni<Versioned> replace(SqlConnection tx, Versioned previous, Roster roster, String actor) {
        Instant now = clock.instant();
        return Sql.execute(tx, """
                update resolution_roster set version = $1, document = $2::text::jsonb, updated_at = $3, updated_by = $4
                where id = 1""", previous.version() + 1, write(roster), Sql.time(now), actor)
                .replaceWith(new Versioned(previous.version() + 1, roster, now, actor));
    }

    private Roster read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no seed roster " + resource + " on the class path");
            }
            return json.readValue(in, Roster.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the seed roster " + resource + " cannot be read", e);
        }
    }

    private Roster parse(String document) {
        try {
            return json.readValue(document, Roster.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored roster cannot be read", e);
        }
    }

    private String write(Roster roster) {
        try {
            return json.writeValueAsString(roster);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a roster cannot be written", e);
        }
    }
}
