package gov.petition.routing.domain;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The words of a case (smartcn) with their counts, for telling whether two cases are about the same
 * thing: the cosine of their count vectors, from 0 (no word shared) to 1 (the same words in the same
 * proportions). Single characters (的, 了, 在) are left out: they are shared by any two texts.
 */
public record TermVector(Map<String, Integer> counts) {

    public static TermVector of(ChineseWords words, String title, String content) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String w : words.of((title == null ? "" : title) + "。" + (content == null ? "" : content))) {
            if (w.codePointCount(0, w.length()) >= 2) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        return new TermVector(counts);
    }

    public double cosine(TermVector other) {
        if (counts.isEmpty() || other.counts.isEmpty()) {
            return 0;
        }
        double dot = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            Integer o = other.counts.get(e.getKey());
            if (o != null) {
                dot += (double) e.getValue() * o;
            }
        }
        return dot / (norm() * other.norm());
    }

    private double norm() {
        return Math.sqrt(counts.values().stream().mapToDouble(c -> (double) c * c).sum());
    }

    /** Stored form: "word count" lines. */
    public String serialized() {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("\n"));
    }

    public static TermVector parse(String stored) {
        Map<String, Integer> counts = new TreeMap<>();
        if (stored != null && !stored.isEmpty()) {
            for (String line : stored.split("\n")) {
                int space = line.lastIndexOf(' ');
                if (space > 0) {
                    counts.put(line.substring(0, space), Integer.parseInt(line.substring(space + 1)));
                }
            }
        }
        return new TermVector(counts);
    }
}
