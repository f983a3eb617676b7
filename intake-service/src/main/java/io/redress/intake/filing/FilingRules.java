package io.redress.intake.filing;

import io.redress.events.Severity;
import io.redress.intake.filing.SubmissionReader.Violation;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rules of a filing between fields and against the clock, pure: a severity from the category when the request
 * has none; {@code receivedAt} at most {@code future-tolerance} ahead of the server's clock and not before {@code
 * problemOccurredAt}; {@code language} a well-formed BCP 47 tag.
 */
public final class FilingRules {

    /** {@code redress.intake.*} in application.properties. */
    @ConfigMapping(prefix = "redress.intake")
    public interface Config {

        /** The severity of a complaint filed without one, by category. */
        Map<String, Severity> defaultSeverity();

        /** How far ahead of the server's clock a {@code receivedAt} may lie (the sender's clock may run ahead). */
        @WithDefault("PT5M")
        Duration futureTolerance();
    }

    private final Map<String, Severity> defaultSeverity;
    private final Duration futureTolerance;

    public FilingRules(Map<String, Severity> defaultSeverity, Duration futureTolerance) {
        this.defaultSeverity = new TreeMap<>(defaultSeverity);
        this.futureTolerance = futureTolerance;
    }

    /** The request's severity, else its category's default. @throws IllegalStateException when it has neither */
    public Severity severity(FileComplaintRequest request) {
        if (request.severity() != null) {
            return request.severity();
        }
        Severity byCategory = defaultSeverity.get(request.category());
        if (byCategory == null) {
            throw new IllegalStateException("no severity for category " + request.category() + ": check() first");
        }
        return byCategory;
    }

    /** The rules the request breaks at {@code now}; a field that was not read (null) breaks none. */
    public List<Violation> check(FileComplaintRequest request, Instant now) {
        List<Violation> broken = new ArrayList<>();
        if (request.severity() == null && request.category() != null && !request.category().isBlank()
                && !defaultSeverity.containsKey(request.category())) {
            broken.add(new Violation("/severity", ("is required for category '%s', which has no default severity "
                    + "(categories with one: %s)").formatted(request.category(), defaultSeverity.keySet())));
        }
        Instant latest = now.plus(futureTolerance);
        if (request.receivedAt() != null && request.receivedAt().isAfter(latest)) {
            broken.add(new Violation("/receivedAt", "must not lie more than %s in the future (the server's time is %s)"
                    .formatted(futureTolerance, now)));
        } else if (request.problemOccurredAt() != null) {
            Instant received = request.receivedAt() == null ? now : request.receivedAt();
            if (request.problemOccurredAt().isAfter(received)) {
                broken.add(request.receivedAt() == null
                        ? new Violation("/problemOccurredAt", ("must not lie after the filing time %s (receivedAt "
                                + "defaults to it)").formatted(now))
                        : new Violation("/receivedAt", "must not lie before problemOccurredAt (%s)"
                                .formatted(request.problemOccurredAt())));
            }
        }
        if (request.language() != null && !wellFormed(request.language())) {
            broken.add(new Violation("/language", ("must be a well-formed BCP 47 language tag such as en-GB or "
                    + "pt-BR; '%s' is not").formatted(request.language())));
        }
        return broken;
    }

    /** The tag in its canonical case (en-gb becomes en-GB); the caller checked it. */
    public static String language(String tag) {
        return tag == null ? null : new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
    }

    private static boolean wellFormed(String tag) {
        try {
            new Locale.Builder().setLanguageTag(tag);
            return !tag.isBlank();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    /** The rules as configured. */
    @Singleton
    static class Producer {

        @Produces
        @Singleton
        FilingRules rules(Config config) {
            return new FilingRules(config.defaultSeverity(), config.futureTolerance());
        }
    }
}
