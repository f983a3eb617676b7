package io.redress.core.view;

import io.redress.core.timer.TimerChange;
import io.redress.events.ComplaintEvent;
import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Every {@link ReadModel} of the service, and the one way a batch of events reaches them: each read model gets the
 * events of the types it reads, in log order, in the caller's transaction; their outcomes are merged into one per
 * event (applied if any read model applied it, ignored if every one that reads it ignored it, passed if none reads
 * it), with all the reactions and timer changes.
 */
@ApplicationScoped
public class ReadModels {

    private final List<ReadModel> models;
    private final Map<Class<?>, List<ReadModel>> readers = new ConcurrentHashMap<>();

    @Inject
    public ReadModels(Instance<ReadModel> beans) {
        this(beans.stream().toList());
    }

    ReadModels(List<ReadModel> models) {
        this.models = models.stream().sorted(Comparator.comparing(ReadModel::name)).toList();
        Set<String> names = new HashSet<>();
        Set<String> tables = new HashSet<>();
        for (ReadModel model : this.models) {
            if (!names.add(model.name())) {
                throw new IllegalStateException("two read models are named " + model.name());
            }
            if (model.reads().isEmpty()) {
                throw new IllegalStateException("read model " + model.name() + " reads no event type");
            }
            model.tables().forEach(table -> {
                if (!tables.add(table)) {
                    throw new IllegalStateException("table " + table + " belongs to two read models");
                }
            });
        }
    }

    public List<ReadModel> all() {
        return models;
    }

    public Optional<ReadModel> named(String name) {
        return models.stream().filter(model -> model.name().equals(name)).findFirst();
    }

    public List<String> names() {
        return models.stream().map(ReadModel::name).toList();
    }

    /** Applies the events to every read model. */
    public Uni<List<Outcome>> apply(SqlConnection tx, List<EventEnvelope> events) {
        return apply(tx, events, model -> true);
    }

    /** Applies the events to the read models {@code chosen} accepts (a rebuild of some of them). */
    public Uni<List<Outcome>> apply(SqlConnection tx, List<EventEnvelope> events, Predicate<ReadModel> chosen) {
        List<List<Outcome>> perEvent = new ArrayList<>(events.size());
        events.forEach(event -> perEvent.add(new ArrayList<>(1)));
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (ReadModel model : models) {
            if (!chosen.test(model)) {
                continue;
            }
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                if (readersOf(events.get(i).event()).contains(model)) {
                    positions.add(i);
                }
            }
            if (positions.isEmpty()) {
                continue;
            }
            List<EventEnvelope> read = positions.stream().map(events::get).toList();
            chain = chain.chain(() -> model.apply(tx, read).invoke(outcomes -> {
                if (outcomes.size() != read.size()) {
                    throw new IllegalStateException("read model %s answered %d outcomes for %d events".formatted(
                            model.name(), outcomes.size(), read.size()));
                }
                for (int i = 0; i < positions.size(); i++) {
                    perEvent.get(positions.get(i)).add(named(model.name(), outcomes.get(i)));
                }
            }).replaceWithVoid());
        }
        return chain.map(ignored -> perEvent.stream().map(ReadModels::merge).toList());
    }

    private List<ReadModel> readersOf(ComplaintEvent event) {
        return readers.computeIfAbsent(event.getClass(), type -> models.stream()
                .filter(model -> model.reads().stream().anyMatch(read -> read.isAssignableFrom(type))).toList());
    }

    private static Outcome named(String model, Outcome outcome) {
        return outcome.status() == Outcome.Status.IGNORED
                ? new Outcome(outcome.status(), model + ": " + outcome.reason(), outcome.reactions(), outcome.timers())
                : outcome;
    }

    static Outcome merge(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return Outcome.passed();
        }
        if (outcomes.size() == 1) {
            return outcomes.getFirst();
        }
        boolean applied = outcomes.stream().anyMatch(o -> o.status() == Outcome.Status.APPLIED);
        String reasons = outcomes.stream().filter(o -> o.status() == Outcome.Status.IGNORED).map(Outcome::reason)
                .collect(Collectors.joining("; "));
        List<EventEnvelope> reactions = outcomes.stream().flatMap(o -> o.reactions().stream()).toList();
        List<TimerChange> timers = outcomes.stream().flatMap(o -> o.timers().stream()).toList();
        return new Outcome(applied ? Outcome.Status.APPLIED : Outcome.Status.IGNORED,
                reasons.isEmpty() ? null : reasons, reactions, timers);
    }
}
