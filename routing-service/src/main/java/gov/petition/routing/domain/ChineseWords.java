package gov.petition.routing.domain;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits Chinese text into words with Lucene's smartcn analyzer ("小区电梯坏了" → 小区 电梯 坏 了),
 * keeping only words with a Chinese character: the messages' numbers, dates and anonymised place
 * codes (A市, A3区) say nothing about the category. CPU-bound; safe to share between threads.
 */
public final class ChineseWords {

    private final Analyzer analyzer = new SmartChineseAnalyzer();

    public List<String> of(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = term.toString();
                if (word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                    words.add(word);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
