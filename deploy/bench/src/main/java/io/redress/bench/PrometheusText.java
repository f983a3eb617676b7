package io.redress.bench;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sums samples of a counter in the Prometheus text format, filtered by the value of one label. */
final class PrometheusText {

    private PrometheusText() {
    }

    static long sum(String exposition, String metric, String label, Set<String> values) {
        Pattern labelValue = Pattern.compile("[{,]" + Pattern.quote(label) + "=\"([^\"]*)\"");
        double total = 0;
        for (String line : exposition.split("\n")) {
            if (!line.startsWith(metric + "{")) {
                continue;
            }
            int close = line.lastIndexOf('}');
            Matcher matcher = labelValue.matcher(line.substring(0, close + 1));
            if (matcher.find() && values.contains(matcher.group(1))) {
                total += Double.parseDouble(line.substring(close + 1).trim().split("\\s+")[0]);
            }
        }
        return Math.round(total);
    }
}
