package io.redress.core.view;

import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every {@link Reactor} of the service, each given the events of the types it reacts to, one after the other. */
@ApplicationScoped
public class Reactors {

    private final List<Reactor> reactors;

    @Inject
    public Reactors(Instance<Reactor> beans) {
        this(beans.stream().toList());
    }

    Reactors(List<Reactor> reactors) {
        this.reactors = reactors.stream().sorted(Comparator.comparing(Reactor::name)).toList();
    }

    /** The reactions of every reactor to these applied events. */
    public Uni<List<EventEnvelope>> react(SqlConnection tx, List<EventEnvelope> events) {
        List<EventEnvelope> reactions = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Reactor reactor : reactors) {
            List<EventEnvelope> mine = events.stream().filter(envelope -> reactor.reactsTo().stream()
                    .anyMatch(type -> type.isInstance(envelope.event()))).toList();
            if (!mine.isEmpty()) {
                chain = chain.chain(() -> reactor.react(tx, mine).invoke(reactions::addAll).replaceWithVoid());
            }
        }
        return chain.map(done -> reactions);
    }
}
