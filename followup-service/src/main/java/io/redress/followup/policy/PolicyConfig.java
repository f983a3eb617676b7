package io.redress.followup.policy;

import io.redress.events.Channel;
import io.redress.events.Severity;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/**
 * Reads {@link FollowUpPolicy} from the configuration once, at start-up: {@code redress.followup.check-in.<severity>},
 * {@code .survey.resend-after}, {@code .survey.max-resends}, {@code .close.no-response-after},
 * {@code .close.max-reopens}, {@code .owner-reminder.before}, {@code .delay-notice.before},
 * {@code .channel.<channel>} (e.g. {@code redress.followup.channel.in-store=EMAIL}) and {@code .staff-channel}.
 */
public class PolicyConfig {

    private static final String PREFIX = "redress.followup.";

    @Produces
    @Singleton
    FollowUpPolicy policy(Config config) {
        FollowUpPolicy defaults = FollowUpPolicy.defaults();
        Map<Severity, Duration> checkIn = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            checkIn.put(severity, duration(config, "check-in." + name(severity), defaults.checkInAfter(severity)));
        }
        Map<Channel, Channel> channels = new EnumMap<>(Channel.class);
        channels.putAll(defaults.channels());
        for (Channel channel : Channel.values()) {
            config.getOptionalValue(PREFIX + "channel." + name(channel), String.class)
                    .ifPresent(to -> channels.put(channel, Channel.valueOf(to.trim().toUpperCase(Locale.ROOT))));
        }
        return new FollowUpPolicy(checkIn,
                duration(config, "survey.resend-after", defaults.surveyResendAfter()),
                config.getOptionalValue(PREFIX + "survey.max-resends", Integer.class)
                        .orElse(defaults.surveyMaxResends()),
                duration(config, "close.no-response-after", defaults.noResponseAfter()),
                config.getOptionalValue(PREFIX + "close.max-reopens", Integer.class).orElse(defaults.maxReopens()),
                duration(config, "owner-reminder.before", defaults.ownerReminderBefore()),
                duration(config, "delay-notice.before", defaults.delayNoticeBefore()),
                channels,
                config.getOptionalValue(PREFIX + "staff-channel", String.class)
                        .map(c -> Channel.valueOf(c.trim().toUpperCase(Locale.ROOT))).orElse(defaults.staffChannel()));
    }

    private static Duration duration(Config config, String key, Duration fallback) {
        return config.getOptionalValue(PREFIX + key, String.class).map(Duration::parse).orElse(fallback);
    }

    private static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
