package gov.petition.routing.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Picks the first-level category of a message from its words, learnt from past messages, with a
 * probability per category: where no addressee or rule decides, routing follows it when it is sure
 * and hands the case to a dispatcher when it is not.
 * <p>
 * Features: the words smartcn finds (of two characters or more) and every pair of adjacent Chinese
 * characters, which catches the compounds smartcn splits differently or breaks into single characters;
 * the title counts twice, being the message's own summary. Features seen in fewer than
 * {@value #MIN_DOCUMENTS} training messages are dropped, and a message becomes a vector of
 * (1 + log tf) · idf scaled to length 1.
 * <p>
 * Model: multinomial logistic regression with L2 regularisation, fitted by full-batch Adam. Its
 * probabilities are then calibrated by one temperature, chosen to best predict the labels of messages
 * held out in a {@value #FOLDS}-fold cross-validation of the training set, so that a probability of 0.8
 * is right about four times in five and a threshold on it means something (naive Bayes, the other
 * usual choice, gives 0.99 to nearly everything). Training is deterministic: the same messages in the
 * same order give the same model.
 */
public final class CategoryClassifier {

    /** The probability from which routing may follow the category without a dispatcher looking at it. */
    public static final double CONFIDENT = 0.6;

    static final int MIN_DOCUMENTS = 2;
    static final int TITLE_REPEATS = 2;
    static final double L2 = 1e-4;
    static final int EPOCHS = 100;
    static final double LEARNING_RATE = 0.1;
    static final int FOLDS = 5;
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final int ALTERNATIVES = 3;
    private static final String PAIR = "\u0001"; // marks character pairs apart from words

    private final ChineseWords words;
    private final List<String> categories;
    private final Model model;
    private final double temperature;

    private CategoryClassifier(ChineseWords words, List<String> categories, Model model, double temperature) {
        this.words = words;
        this.categories = categories;
        this.model = model;
        this.temperature = temperature;
    }

    /** A classifier learnt from the messages bundled with the service. */
    public static CategoryClassifier trainedOnBundledMessages() {
        return train(LabelledMessage.bundled());
    }

    public static CategoryClassifier train(List<LabelledMessage> examples) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no examples to learn from");
        }
        ChineseWords words = new ChineseWords();
        List<String> categories = List.copyOf(new TreeSet<>(examples.stream().map(LabelledMessage::category).toList()));
        List<Map<String, Integer>> counts = examples.stream().map(m -> count(words, m.title(), m.content())).toList();
        int[] labels = examples.stream().mapToInt(m -> categories.indexOf(m.category())).toArray();
        Model model = Model.fit(counts, labels, categories.size());
        return new CategoryClassifier(words, categories, model, temperature(counts, labels, categories.size()));
    }

    /** The likeliest category of a message, how likely it is, and the next likeliest. */
    public CategoryPrediction classify(String title, String content) {
        double[] p = softmax(model.logits(count(words, title, content)), temperature);
        List<CategoryPrediction.Alternative> ranked = new ArrayList<>();
        for (int k = 0; k < p.length; k++) {
            ranked.add(new CategoryPrediction.Alternative(categories.get(k), p[k]));
        }
        ranked.sort(Comparator.comparingDouble(CategoryPrediction.Alternative::probability).reversed()
                .thenComparing(CategoryPrediction.Alternative::category));
        CategoryPrediction.Alternative best = ranked.get(0);
        return new CategoryPrediction(best.category(), best.probability(), best.probability() >= CONFIDENT,
                List.copyOf(ranked.subList(1, Math.min(ranked.size(), 1 + ALTERNATIVES))));
    }

    public List<String> categories() {
        return categories;
    }

    /** The calibrating temperature: below 1 sharpens the probabilities, above 1 softens them. */
    public double temperature() {
        return temperature;
    }

    // ---- features ----

    private static Map<String, Integer> count(ChineseWords words, String title, String content) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < TITLE_REPEATS; i++) {
            count(words, title, counts);
        }
        count(words, content, counts);
        return counts;
    }

    private static void count(ChineseWords words, String text, Map<String, Integer> counts) {
        if (text == null) {
            return;
        }
        for (String w : words.of(text)) {
            if (w.length() > 1) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        for (int i = 0; i + 1 < text.length(); i++) {
            if (isHan(text.charAt(i)) && isHan(text.charAt(i + 1))) {
                counts.merge(PAIR + text.substring(i, i + 2), 1, Integer::sum);
            }
        }
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    // ---- calibration ----

    /** The temperature that gives the held-out messages of a cross-validation the highest likelihood. */
    private static double temperature(List<Map<String, Integer>> counts, int[] labels, int classes) {
        if (counts.size() < FOLDS * classes) {
            return 1; // too few messages to hold any out
        }
        List<double[]> logits = new ArrayList<>();
        List<Integer> truth = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Map<String, Integer>> train = new ArrayList<>();
            List<Integer> trainLabels = new ArrayList<>();
            for (int i = 0; i < counts.size(); i++) {
                if (i % FOLDS != fold) {
                    train.add(counts.get(i));
                    trainLabels.add(labels[i]);
                }
            }
            Model m = Model.fit(train, trainLabels.stream().mapToInt(Integer::intValue).toArray(), classes);
            for (int i = fold; i < counts.size(); i += FOLDS) {
                logits.add(m.logits(counts.get(i)));
                truth.add(labels[i]);
            }
        }
        double best = 1;
        double bestLoss = Double.MAX_VALUE;
        for (int step = 10; step <= 300; step++) {
            double t = step / 100.0;
            double loss = 0;
            for (int i = 0; i < logits.size(); i++) {
                loss -= Math.log(softmax(logits.get(i), t)[truth.get(i)]);
            }
            if (loss < bestLoss) {
                bestLoss = loss;
                best = t;
            }
        }
        return best;
    }

    private static double[] softmax(double[] z, double temperature) {
        double max = Arrays.stream(z).max().orElse(0);
        double sum = 0;
        double[] p = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            p[k] = Math.exp((z[k] - max) / temperature);
            sum += p[k];
        }
        for (int k = 0; k < z.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    // ---- the model ----

    /** Vocabulary, idf and the weights of the softmax layer. */
    private record Model(Map<String, Integer> vocabulary, double[] idf, double[][] weights, double[] bias) {

        static Model fit(List<Map<String, Integer>> counts, int[] labels, int classes) {
            Map<String, Integer> documents = new HashMap<>();
            counts.forEach(c -> c.keySet().forEach(w -> documents.merge(w, 1, Integer::sum)));
            Map<String, Integer> vocabulary = new HashMap<>();
            documents.entrySet().stream().filter(e -> e.getValue() >= MIN_DOCUMENTS).map(Map.Entry::getKey).sorted()
                    .forEach(w -> vocabulary.put(w, vocabulary.size()));
            double[] idf = new double[vocabulary.size()];
            vocabulary.forEach((w, i) -> idf[i] = Math.log((counts.size() + 1.0) / (documents.get(w) + 1.0)) + 1);
            Model model = new Model(vocabulary, idf, new double[classes][vocabulary.size()], new double[classes]);
            model.descend(counts.stream().map(model::features).toList(), labels);
            return model;
        }

        double[] logits(Map<String, Integer> counts) {
            return logits(features(counts));
        }

        /** A sparse vector: the indices of the known features and their weights, of length 1. */
        private record Features(int[] index, double[] value) {
        }

        private Features features(Map<String, Integer> counts) {
            int[] index = counts.keySet().stream().filter(vocabulary::containsKey).mapToInt(vocabulary::get).sorted().toArray();
            Map<Integer, Integer> byIndex = new HashMap<>();
            counts.forEach((w, c) -> {
                Integer i = vocabulary.get(w);
                if (i != null) {
                    byIndex.put(i, c);
                }
            });
            double[] value = new double[index.length];
            double norm = 0;
            for (int j = 0; j < index.length; j++) {
                value[j] = (1 + Math.log(byIndex.get(index[j]))) * idf[index[j]];
                norm += value[j] * value[j];
            }
            norm = Math.sqrt(norm);
            for (int j = 0; j < value.length && norm > 0; j++) {
                value[j] /= norm;
            }
            return new Features(index, value);
        }

        private double[] logits(Features x) {
            double[] z = bias.clone();
            for (int k = 0; k < weights.length; k++) {
                for (int j = 0; j < x.index().length; j++) {
                    z[k] += weights[k][x.index()[j]] * x.value()[j];
                }
            }
            return z;
        }

        /** Full-batch Adam on the mean cross-entropy plus L2 on the weights. */
        private void descend(List<Features> x, int[] y) {
            int n = x.size();
            int classes = weights.length;
            int size = idf.length;
            double[][] gradient = new double[classes][size];
            double[] gradientBias = new double[classes];
            double[][] m = new double[classes][size];
            double[][] v = new double[classes][size];
            double[] mb = new double[classes];
            double[] vb = new double[classes];
            for (int epoch = 0; epoch < EPOCHS; epoch++) {
                for (double[] g : gradient) {
                    Arrays.fill(g, 0);
                }
                Arrays.fill(gradientBias, 0);
                for (int i = 0; i < n; i++) {
                    Features xi = x.get(i);
                    double[] p = softmax(logits(xi), 1);
                    for (int k = 0; k < classes; k++) {
                        double error = (p[k] - (y[i] == k ? 1 : 0)) / n;
                        gradientBias[k] += error;
                        for (int j = 0; j < xi.index().length; j++) {
                            gradient[k][xi.index()[j]] += error * xi.value()[j];
                        }
                    }
                }
                // Adam: a step size per weight, so the many rare features learn as fast as the common ones.
                double correction1 = 1 - Math.pow(BETA1, epoch + 1);
                double correction2 = 1 - Math.pow(BETA2, epoch + 1);
                for (int k = 0; k < classes; k++) {
                    for (int j = 0; j < size; j++) {
                        double g = gradient[k][j] + L2 * weights[k][j];
                        m[k][j] = BETA1 * m[k][j] + (1 - BETA1) * g;
                        v[k][j] = BETA2 * v[k][j] + (1 - BETA2) * g * g;
                        weights[k][j] -= LEARNING_RATE * (m[k][j] / correction1) / (Math.sqrt(v[k][j] / correction2) + 1e-8);
                    }
                    mb[k] = BETA1 * mb[k] + (1 - BETA1) * gradientBias[k];
                    vb[k] = BETA2 * vb[k] + (1 - BETA2) * gradientBias[k] * gradientBias[k];
                    bias[k] -= LEARNING_RATE * (mb[k] / correction1) / (Math.sqrt(vb[k] / correction2) + 1e-8);
                }
            }
        }
    }
}
