package gov.petition.intake.domain;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Segments Chinese text into words with Lucene's smartcn analyzer ("小区电梯坏了" → 小区 电梯 坏), so
 * PostgreSQL's language-neutral full-text search can match words instead of whole sentences.
 * CPU-bound: callers on the event loop run it on a worker thread.
 */
public final class ChineseTokens {

    private static final Analyzer ANALYZER = new SmartChineseAnalyzer();

    private ChineseTokens() {
    }

    /** The distinct words of the texts, separated by spaces, stop words and punctuation removed. */
    public static String of(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    words.add(term.toString());
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return String.join(" ", words);
    }
}
