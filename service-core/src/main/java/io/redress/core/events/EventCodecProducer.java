package io.redress.core.events;

import io.redress.events.EventCodec;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the contract's {@link EventCodec} injectable; one instance, as its mapper is thread-safe. */
public class EventCodecProducer {

    @Produces
    @Singleton
    EventCodec eventCodec() {
        return new EventCodec();
    }
}
