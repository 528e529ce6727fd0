package gov.petition.evaluation.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws a third-party panel at random from the pool: one member of each role first (an expert, a deputy, a
 * lawyer, a citizen representative), so no panel is all officials' friends, then more at random up to the size.
 */
public final class PanelDraw {

    /** One candidate; role is EXPERT, DEPUTY, LAWYER or CITIZEN_REPRESENTATIVE. */
    public record Candidate(String memberId, String name, String role) {
    }

    private PanelDraw() {
    }

    public static List<Candidate> draw(List<Candidate> pool, int size, Random random) {
        List<Candidate> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, random);
        Map<String, Candidate> firstOfRole = new LinkedHashMap<>();
        shuffled.forEach(c -> firstOfRole.putIfAbsent(c.role(), c));
        List<Candidate> panel = new ArrayList<>(firstOfRole.values());
        for (Candidate c : shuffled) {
            if (panel.size() >= size) {
                break;
            }
            if (!panel.contains(c)) {
                panel.add(c);
            }
        }
        return List.copyOf(panel.subList(0, Math.min(size, panel.size())));
    }

    /** A random sample of at most {@code size} items, e.g. a unit's completed cases for its monthly evaluation. */
    public static <T> List<T> sample(List<T> items, int size, Random random) {
        List<T> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, Math.min(size, shuffled.size())));
    }
}
