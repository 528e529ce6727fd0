package gov.petition.handling.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The step limits a case's deadlines were computed with, kept with the case (e.g.
 * {@code SIGN:WORKING_HOURS:2:ROUTED;REPLY:WORKING_DAYS:5:ROUTED}) so a provisional deadline can be counted again on the
 * same limits once the missing holiday arrangement is loaded, whatever the rules say by then.
 */
public final class AppliedLimits {

    private AppliedLimits() {
    }

    public static String encode(List<Deadline> deadlines) {
        List<String> parts = new ArrayList<>();
        for (Deadline d : deadlines) {
            parts.add(d.step() + ":" + d.limit().kind() + ":" + d.limit().amount() + ":" + d.from());
        }
        return String.join(";", parts);
    }

    /** The limits encoded; an unreadable part is left out (the deadline it stood for is then not recomputed). */
    public static List<StepLimit> decode(String encoded) {
        List<StepLimit> limits = new ArrayList<>();
        if (encoded == null || encoded.isBlank()) {
            return limits;
        }
        for (String part : encoded.split(";")) {
            String[] f = part.split(":");
            if (f.length != 4) {
                continue;
            }
            try {
                TimeLimit limit = TimeLimit.of(TimeLimit.Kind.valueOf(f[1]), Integer.parseInt(f[2]));
                limits.add(new StepLimit(DeadlineStep.valueOf(f[0]), limit, ClockStart.valueOf(f[3])));
            } catch (IllegalArgumentException e) {
                // skip it
            }
        }
        return limits;
    }
}
