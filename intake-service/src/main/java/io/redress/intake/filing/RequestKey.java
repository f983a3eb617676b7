package io.redress.intake.filing;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A key a client filed a complaint under ({@code intake_request_key}): its {@code Idempotency-Key} or the complaint's
 * {@code externalRef}, scoped to the client, with the hash of the request it answered and the complaint it filed.
 */
@Entity
@Table(name = "intake_request_key")
@IdClass(RequestKey.Pk.class)
public class RequestKey extends PanacheEntityBase {

    @Id
    @Column(name = "client_id", length = 200)
    public String clientId;

    @Id
    @Column(name = "kind", length = 20)
    public String kind;

    @Id
    @Column(name = "request_key", length = 200)
    public String key;

    @Column(name = "request_hash", nullable = false)
    public byte[] requestHash;

    @Column(name = "complaint_id", nullable = false)
    public UUID complaintId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The primary key: which client, which kind of key, which key (an {@code IdClass}: a plain bean). */
    public static class Pk implements Serializable {

        public String clientId;
        public String kind;
        public String key;

        public Pk() {
        }

        Pk(String clientId, String kind, String key) {
            this.clientId = clientId;
            this.kind = kind;
            this.key = key;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Pk pk && Objects.equals(clientId, pk.clientId) && Objects.equals(kind, pk.kind)
                    && Objects.equals(key, pk.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(clientId, kind, key);
        }
    }

    RequestKeys.Stored stored() {
        return new RequestKeys.Stored(RequestKeys.Kind.fromColumn(kind), key, requestHash, complaintId, createdAt);
    }
}
