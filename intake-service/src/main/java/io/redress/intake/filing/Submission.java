package io.redress.intake.filing;

import io.redress.intake.filing.RequestKeys.Wanted;
import java.util.List;

/**
 * A complaint to file, read as valid ({@link SubmissionReader}), from whichever door it came in.
 *
 * @param client the sender, the scope of its keys ({@link RequestKeys#client})
 * @param keys   the keys it is known by ({@link RequestKeys#of})
 * @param hash   its request hash ({@link RequestKeys#hash})
 * @param origin {@code topic/partition/offset} of a record of {@code complaint-submissions}; null for HTTP
 */
public record Submission(FileComplaintRequest request, String client, List<Wanted> keys, byte[] hash, String origin) {

    public Submission {
        keys = List.copyOf(keys);
    }
}
