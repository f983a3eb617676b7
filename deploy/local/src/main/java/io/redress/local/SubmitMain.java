package io.redress.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes complaints on {@code complaint-submissions} as another system would, with a plain Kafka producer: one
 * JSON body per line of standard input (the {@code POST /complaints} body), keyed by its {@code externalRef} (else
 * its {@code customerId}), with the {@code redress_client} header naming the sender. {@code deploy/local/submit}
 * calls it; it prints where each record went.
 */
public final class SubmitMain {

    static final String USAGE = "usage: deploy/local/submit --client NAME [--bootstrap HOST:PORT] < complaints.jsonl";

    private SubmitMain() {
    }

    public static void main(String[] args) throws Exception {
        String client = null;
        String bootstrap = "localhost:9092";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--client" -> client = args[i + 1];
                case "--bootstrap" -> bootstrap = args[i + 1];
                default -> fail();
            }
        }
        if (client == null || args.length % 2 != 0) {
            fail();
        }
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        ObjectMapper json = new ObjectMapper();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer());
                BufferedReader lines = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String key = key(json, line);
                ProducerRecord<String, byte[]> record = new ProducerRecord<>("complaint-submissions", key,
                        line.getBytes(StandardCharsets.UTF_8));
                record.headers().add("redress_client", client.getBytes(StandardCharsets.UTF_8));
                RecordMetadata sent = producer.send(record).get();
                System.out.printf("complaint-submissions-%d@%d key %s%n", sent.partition(), sent.offset(), key);
            }
        }
    }

    /** The record's key: its externalRef, else its customerId; none for a line that is not a JSON object. */
    private static String key(ObjectMapper json, String line) {
        try {
            JsonNode body = json.readTree(line);
            JsonNode key = body.hasNonNull("externalRef") ? body.get("externalRef") : body.get("customerId");
            return key != null && key.isTextual() ? key.textValue() : null;
        } catch (Exception e) {
            // Not JSON: published all the same, intake dead-letters it with its reason.
            return null;
        }
    }

    private static void fail() {
        System.err.println(USAGE);
        System.exit(2);
    }
}
