package io.redress.intake.view;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A customer whose personal data was erased ({@code intake_erased_customer}), with the time of their latest request:
 * complaints filed up to then are shown without personal fields. Written by {@link Erasures}.
 */
@Entity
@Table(name = "intake_erased_customer")
public class ErasedCustomer extends PanacheEntityBase {

    @Id
    @Column(name = "customer_id", length = 100)
    public String customerId;

    @Column(name = "erased_at", nullable = false)
    public Instant erasedAt;
}
