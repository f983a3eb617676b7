package io.redress.events;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A codec checks its upcasters when it is built: each retired type must lead to exactly one current type. */
class UpcasterChainTest {

    private static final String CONTACT_LOGGED = EventType.CONTACT_LOGGED.wireName();

    @Test
    void codec_refusesTwoUpcastersForTheSameSourceType() {
        List<Upcaster> twice = List.of(new ContactLoggedV0(), Upcaster.of(ContactLoggedV0.TYPE, CONTACT_LOGGED,
                json -> json));

        assertThatThrownBy(() -> new EventCodec(twice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two upcasters read " + ContactLoggedV0.TYPE);
    }

    @Test
    void codec_refusesUpcastersThatFormACycle() {
        String ping = "io.redress.complaint.Ping.v0";
        String pong = "io.redress.complaint.Pong.v0";
        List<Upcaster> cycle = List.of(Upcaster.of(ping, pong, json -> json), Upcaster.of(pong, ping, json -> json),
                Upcaster.of("io.redress.complaint.Ping.v-1", ping, json -> json));

        assertThatThrownBy(() -> new EventCodec(cycle))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("upcasters form a cycle: ")
                .hasMessageContaining(ping + " -> " + pong)
                .hasMessageNotContaining("Ping.v-1");
    }

    @Test
    void codec_refusesAnUpcasterFromATypeToItself() {
        List<Upcaster> loop = List.of(Upcaster.of(ContactLoggedV0.TYPE, ContactLoggedV0.TYPE, json -> json));

        assertThatThrownBy(() -> new EventCodec(loop))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("upcasters form a cycle: %1$s -> %1$s", ContactLoggedV0.TYPE);
    }

    @Test
    void codec_refusesAnUpcasterThatReadsACurrentType() {
        List<Upcaster> fromCurrent = List.of(Upcaster.of(CONTACT_LOGGED, ContactLoggedV0.TYPE, json -> json));

        assertThatThrownBy(() -> new EventCodec(fromCurrent))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reads " + CONTACT_LOGGED + ", a current event type");
    }

    @Test
    void codec_refusesAChainThatDoesNotEndAtACurrentType() {
        String chased = "io.redress.complaint.CustomerChased.v1";
        List<Upcaster> dangling = List.of(Upcaster.of(chased, ContactLoggedV0.TYPE, json -> json));

        assertThatThrownBy(() -> new EventCodec(dangling))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the upcasters from %s end at %s, which is not a current event type", chased,
                        ContactLoggedV0.TYPE);
    }
}
