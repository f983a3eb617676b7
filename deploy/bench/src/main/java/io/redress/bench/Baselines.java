package io.redress.bench;

import io.redress.embedded.Databases;
import io.redress.embedded.Endpoints;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The machine's raw limits, measured on the same broker and database the services use: a plain producer and
 * consumer of {@code ComplaintFiled}-sized records, and plain JDBC writes of rows like a view's.
 */
final class Baselines {

    private static final String TOPIC = "bench-raw";
    private static final String DATABASE = "redress_bench";
    private static final int PG_BATCH = 500;
    private static final int RECORD_POOL = 20_000;

    private final Endpoints endpoints;
    private final Progress progress;

    Baselines(Endpoints endpoints, Progress progress) {
        this.endpoints = endpoints;
        this.progress = progress;
    }

    /** Records per second a plain idempotent producer ({@code acks=all}) gets acknowledged; also the record size. */
    Result.Rate producer(int records, int partitions, Complaints complaints) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                endpoints.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, partitions, (short) 1))).all().get();
        }
        try (LogWriter writer = new LogWriter(endpoints.kafkaBootstrapServers())) {
            // Encoded before the clock starts, so the figure is the broker's and the client's, not Jackson's.
            List<ProducerRecord<String, byte[]>> pool = new ArrayList<>();
            long bytes = 0;
            for (int i = 0; i < Math.min(records, RECORD_POOL); i++) {
                pool.add(writer.record(TOPIC, complaints.filed(i, Instant.now())));
                bytes += pool.getLast().value().length;
            }
            // The first sends fetch metadata and open connections: not part of the rate.
            pool.subList(0, Math.min(pool.size(), 1_000)).forEach(writer::send);
            writer.flush();
            long start = System.nanoTime();
            for (int i = 0; i < records; i++) {
                writer.send(pool.get(i % pool.size()));
                progress.every(i + 1, records, "raw producer");
            }
            writer.flush();
            return Result.Rate.of(records, System.nanoTime() - start, "records", bytes / pool.size());
        }
    }

    /** Records per second a plain consumer (no group, no framework) reads back from the producer's topic. */
    Result.Rate consumer(int records) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.kafkaBootstrapServers());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long start = System.nanoTime();
            long read = 0;
            while (read < records) {
                read += consumer.poll(Duration.ofMillis(500)).count();
                progress.every(read, records, "raw consumer");
            }
            return Result.Rate.of(read, System.nanoTime() - start, "records", 0);
        }
    }

    /** Rows per second written as batched upserts ({@value #PG_BATCH} a statement batch, one transaction each). */
    Result.Rate postgresBatched(int rows) throws SQLException {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                for (int i = 0; i < rows; i++) {
                    bind(upsert, i);
                    upsert.addBatch();
                    if ((i + 1) % PG_BATCH == 0 || i == rows - 1) {
                        upsert.executeBatch();
                        connection.commit();
                        progress.every(i + 1, rows, "PostgreSQL batched upserts");
                    }
                }
            }
            return Result.Rate.of(rows, System.nanoTime() - start, "rows", 0);
        }
    }

    /** Rows per second written one at a time, each in its own transaction. */
    Result.Rate postgresRowByRow(int rows) throws SQLException {
        try (Connection connection = connect(); PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            connection.setAutoCommit(true);
            long start = System.nanoTime();
            for (int i = 0; i < rows; i++) {
                bind(upsert, i);
                upsert.executeUpdate();
                progress.every(i + 1, rows, "PostgreSQL row-by-row");
            }
            return Result.Rate.of(rows, System.nanoTime() - start, "rows", 0);
        }
    }

    private static final String UPSERT = """
            INSERT INTO bench_view (complaint_id, customer_id, channel, category, severity, received_at, filed_at,
                owner_id, assigned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (complaint_id) DO UPDATE SET owner_id = excluded.owner_id, assigned_at = excluded.assigned_at
            """;

    private static void bind(PreparedStatement upsert, int i) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        upsert.setObject(1, UUID.randomUUID());
        upsert.setString(2, "bench-customer-" + i);
        upsert.setString(3, "PHONE");
        upsert.setString(4, "billing");
        upsert.setString(5, "MAJOR");
        upsert.setTimestamp(6, now);
        upsert.setTimestamp(7, now);
        upsert.setString(8, "agent-" + (i % 3));
        upsert.setTimestamp(9, now);
    }

    private Connection connect() throws SQLException {
        Databases.createIfMissing(endpoints.jdbcUrl("postgres"), endpoints.postgresUser(),
                endpoints.postgresPassword(), DATABASE);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(endpoints.jdbcUrl(DATABASE));
        dataSource.setUser(endpoints.postgresUser());
        dataSource.setPassword(endpoints.postgresPassword());
        dataSource.setReWriteBatchedInserts(true);
        Connection connection = dataSource.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("""
                    CREATE TABLE IF NOT EXISTS bench_view (complaint_id uuid PRIMARY KEY,
                        customer_id varchar(100) NOT NULL, channel varchar(20) NOT NULL,
                        category varchar(100) NOT NULL, severity varchar(20) NOT NULL,
                        received_at timestamptz NOT NULL, filed_at timestamptz NOT NULL,
                        owner_id varchar(100), assigned_at timestamptz)""");
            ddl.execute("CREATE INDEX IF NOT EXISTS bench_view_received ON bench_view (received_at)");
        }
        return connection;
    }
}
