package io.redress.analytics.hotspot;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders version strings as people read them: runs of digits by their number, other runs as text, so that 6.2.9
 * comes before 6.2.10 and 6.10 after 6.9.
 */
final class VersionOrder implements Comparator<String> {

    static final VersionOrder INSTANCE = new VersionOrder();

    private static final Pattern RUN = Pattern.compile("\\d+|\\D+");

    private VersionOrder() {
    }

    @Override
    public int compare(String a, String b) {
        Matcher left = RUN.matcher(a);
        Matcher right = RUN.matcher(b);
        while (true) {
            boolean moreLeft = left.find();
            boolean moreRight = right.find();
            if (!moreLeft || !moreRight) {
                return moreLeft == moreRight ? a.compareTo(b) : moreLeft ? 1 : -1;
            }
            String l = left.group();
            String r = right.group();
            boolean numbers = Character.isDigit(l.charAt(0)) && Character.isDigit(r.charAt(0));
            int order = numbers ? new BigInteger(l).compareTo(new BigInteger(r)) : l.compareTo(r);
            if (order != 0) {
                return order;
            }
        }
    }
}
