package io.redress.followup.sending;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.redress.core.events.EventPublisher;
import io.redress.events.ComplaintNotification;
import io.redress.events.Topics;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.jboss.logging.Logger;

/**
 * Publishes notifications on {@code complaint-notifications} (key: complaintId; JSON of
 * {@link ComplaintNotification}; header {@code content-type}), on the idempotent producer the events go on, and
 * completes once the broker has every one. Counted in {@code redress_notifications_published_total{kind}}.
 */
@ApplicationScoped
public class Notifications {

    private static final Logger LOG = Logger.getLogger(Notifications.class);

    private final EventPublisher publisher;
    private final ObjectMapper json;
    private final MeterRegistry registry;

    public Notifications(EventPublisher publisher, ObjectMapper json, MeterRegistry registry) {
        this.publisher = publisher;
        this.json = json;
        this.registry = registry;
    }

    public Uni<Void> publish(List<ComplaintNotification> notifications) {
        List<ProducerRecord<String, byte[]>> records = notifications.stream().map(this::record).toList();
        return publisher.send(records).invoke(() -> notifications.forEach(n -> {
            registry.counter("redress.notifications.published", "kind", n.kind().name()).increment();
            LOG.debugf("Notification %s (%s, %s to %s on %s) published for complaint %s", n.notificationId(),
                    n.kind(), n.templateKey(), n.recipient(), n.channel(), n.complaintId());
        }));
    }

    private ProducerRecord<String, byte[]> record(ComplaintNotification notification) {
        try {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.COMPLAINT_NOTIFICATIONS,
                    notification.complaintId().toString(), json.writeValueAsBytes(notification));
            record.headers().add(new RecordHeader("content-type",
                    "application/json".getBytes(StandardCharsets.UTF_8)));
            return record;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notification cannot be written as JSON", e);
        }
    }
}
