package gov.petition.routing.domain;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How alike two Chinese names are, by characters and by pinyin: a citizen who types a name with a
 * pinyin input method picks a wrong character of the same sound far more often than any other.
 * <p>
 * Characters compare as: the same character 1.0; the same toneless pinyin in any of their readings
 * (衡/恒 héng, 桂/贵 guì) {@value #HOMOPHONE}; the same after folding the sounds southern speakers
 * confuse (zh/z, ch/c, sh/s, n/l, f/h, -ng/-n) {@value #NEAR_HOMOPHONE}; otherwise 0. Names compare
 * by an edit distance whose substitution costs 1 minus that character similarity (an insertion or
 * deletion costs 1), as 1 − distance / longer length: one wrong character of three gives 0.67, one
 * homophone 0.97, a missing character 0.67.
 */
final class NameSimilarity {

    static final double HOMOPHONE = 0.9;
    static final double NEAR_HOMOPHONE = 0.6;

    private final HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
    // Readings per character and an id per syllable; the directory's names are few, so both stay small.
    private final Map<Character, Readings> readings = new ConcurrentHashMap<>();
    private final Map<String, Integer> sounds = new ConcurrentHashMap<>();
    private final AtomicInteger nextSound = new AtomicInteger();

    NameSimilarity() {
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    }

    /** A name read once, so comparing it with thousands of others looks nothing up. */
    record Name(String text, int[][] plain, int[][] folded) {
        int length() {
            return text.length();
        }
    }

    Name name(String text) {
        int[][] plain = new int[text.length()][];
        int[][] folded = new int[text.length()][];
        for (int i = 0; i < text.length(); i++) {
            Readings r = readings.computeIfAbsent(text.charAt(i), this::read);
            plain[i] = r.plain();
            folded[i] = r.folded();
        }
        return new Name(text, plain, folded);
    }

    double names(Name a, Name b) {
        int n = a.length();
        int m = b.length();
        if (n == 0 || m == 0) {
            return 0;
        }
        double[] previous = new double[m + 1];
        double[] current = new double[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            for (int j = 1; j <= m; j++) {
                double substitute = previous[j - 1] + 1 - characters(a, i - 1, b, j - 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            double[] t = previous;
            previous = current;
            current = t;
        }
        return 1 - previous[m] / Math.max(n, m);
    }

    double characters(Name a, int i, Name b, int j) {
        if (a.text().charAt(i) == b.text().charAt(j)) {
            return 1;
        }
        if (intersects(a.plain()[i], b.plain()[j])) {
            return HOMOPHONE;
        }
        return intersects(a.folded()[i], b.folded()[j]) ? NEAR_HOMOPHONE : 0;
    }

    private Readings read(char c) {
        String[] pinyin;
        try {
            pinyin = PinyinHelper.toHanyuPinyinStringArray(c, format);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
        if (pinyin == null || pinyin.length == 0) {
            // Not a Chinese character: it sounds like nothing but itself.
            return new Readings(new int[0], new int[0]);
        }
        return new Readings(Arrays.stream(pinyin).distinct().mapToInt(this::sound).toArray(),
                Arrays.stream(pinyin).map(NameSimilarity::fold).distinct().mapToInt(this::sound).toArray());
    }

    private int sound(String pinyin) {
        return sounds.computeIfAbsent(pinyin, k -> nextSound.getAndIncrement());
    }

    static String fold(String pinyin) {
        String s = pinyin;
        if (s.startsWith("zh") || s.startsWith("ch") || s.startsWith("sh")) {
            s = s.charAt(0) + s.substring(2);
        } else if (s.startsWith("n")) {
            s = "l" + s.substring(1);
        } else if (s.startsWith("f")) {
            s = "h" + s.substring(1);
        }
        if (s.endsWith("ng") && s.length() > 2) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static boolean intersects(int[] a, int[] b) {
        for (int x : a) {
            for (int y : b) {
                if (x == y) {
                    return true;
                }
            }
        }
        return false;
    }

    private record Readings(int[] plain, int[] folded) {
    }
}
