package gov.petition.evaluation.domain;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a case is about, as the set of its words (Lucene smartcn segmentation of title and content): repeated
 * problems and hot spots compare cases by the overlap of these sets. Single characters, numbers and the words
 * every letter uses (您好, 反映, 问题, …) carry no topic and are left out.
 * Segmentation is CPU work: callers run it off the event loop.
 */
public final class ProblemTerms {

    private static final Set<String> GENERIC = Set.of("您好", "你好", "反映", "问题", "希望", "领导", "请求", "我们", "你们",
            "他们", "这个", "那个", "没有", "已经", "一个", "现在", "进行", "相关", "部门", "政府", "市民", "群众", "情况",
            "是否", "什么", "怎么", "可以", "谢谢", "感谢", "尊敬", "书记", "市长", "解决", "处理", "要求", "关于", "由于",
            "因为", "所以", "但是", "而且", "还是", "就是", "不是", "一直", "目前", "以来", "以及", "如何", "为什么");

    private final Analyzer analyzer = new SmartChineseAnalyzer();

    /** The distinct topic words of a text, in order of first appearance. */
    public Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String t = term.toString();
                if (t.codePointCount(0, t.length()) >= 2 && !t.chars().allMatch(Character::isDigit) && !GENERIC.contains(t)) {
                    terms.add(t);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** Stored form: space separated. */
    public static String join(Set<String> terms) {
        return String.join(" ", terms);
    }

    public static Set<String> split(String stored) {
        return stored == null || stored.isBlank() ? Set.of() : new LinkedHashSet<>(Arrays.asList(stored.split(" ")));
    }

    /** Cosine similarity of two term sets, 0..1: shared words over the geometric mean of the sizes. */
    public static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return shared / Math.sqrt((double) a.size() * b.size());
    }

    /** The words most of the given cases share, most shared first (ties alphabetically), at most {@code limit}. */
    public static List<String> shared(Collection<Set<String>> cases, int limit) {
        Map<String, Integer> counts = new HashMap<>();
        cases.forEach(terms -> terms.forEach(t -> counts.merge(t, 1, Integer::sum)));
        int quorum = Math.max(2, (cases.size() + 1) / 2);
        return counts.entrySet().stream().filter(e -> e.getValue() >= quorum)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).collect(Collectors.toList());
    }

    /** Sorted, for a stable id. */
    public static TreeSet<String> sorted(Collection<String> terms) {
        return new TreeSet<>(terms);
    }
}
