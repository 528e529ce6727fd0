package gov.petition.routing;

import gov.petition.routing.domain.AddresseeMatcher;
import gov.petition.routing.domain.CategoryClassifier;
import gov.petition.routing.domain.ChineseWords;
import gov.petition.routing.domain.LabelledMessage;
import gov.petition.routing.domain.LeaderMandate;
import gov.petition.routing.domain.RoutingPolicy;
import gov.petition.routing.domain.RoutingRule;
import gov.petition.routing.domain.RuleBook;
import gov.petition.routing.domain.TermVector;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Routing time per case, the CPU work the consumer does for each received case: the decision (addressee
 * matching, leader mandate, rules, classifier), the dispatcher's suggestions and the words for duplicate
 * linking, over the 495 labelled messages (every third with an addressee, every other with a category,
 * places spread over the nine districts). Prints mean, median and 99th percentile after a warm-up.
 * Run: {@code ./mvnw -T 1 -pl routing-service -am test -Dgroups=benchmark -DexcludedGroups=none -Dtest=RoutingTimeBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
class RoutingTimeBenchmarkTest {

    private static final List<String> ADDRESSEES = List.of("胡书记", "龙娜贵市长", "A3区区长", "教育局钟新浩局长", "市长信箱", "住建局");

    @Test
    void routesACaseInAFewMilliseconds() {
        DirectoryFixture fixture = DirectoryFixture.load();
        CategoryClassifier classifier = CategoryClassifier.trainedOnBundledMessages();
        List<RoutingRule> seeded = RuleBook.tiered(fixture.directory());
        List<RoutingRule> rules = new ArrayList<>();
        for (int i = 0; i < seeded.size(); i++) {
            RoutingRule r = seeded.get(i);
            rules.add(new RoutingRule(i + 1, r.category(), r.scopeId(), r.keywords(), r.unitId(), r.priority(), r.note()));
        }
        RoutingPolicy policy = new RoutingPolicy(fixture.directory(), new AddresseeMatcher(fixture.directory(), fixture.officials()),
                classifier, new RuleBook(rules, "xd.a"), new LeaderMandate(List.of("纪检监察"), List.of("渎职", "重大安全隐患", "群体性事件")),
                "xd.a", "xd.a.zwj");
        ChineseWords words = new ChineseWords();
        List<LabelledMessage> messages = LabelledMessage.bundled();

        for (int warmUp = 0; warmUp < 3; warmUp++) {
            run(policy, words, messages);
        }
        long[] nanos = new long[0];
        for (int round = 0; round < 5; round++) {
            long[] r = run(policy, words, messages);
            long[] all = Arrays.copyOf(nanos, nanos.length + r.length);
            System.arraycopy(r, 0, all, nanos.length, r.length);
            nanos = all;
        }
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        double median = nanos[nanos.length / 2] / 1e6;
        double p99 = nanos[(int) (nanos.length * 0.99)] / 1e6;
        System.out.printf("%nrouting time per case over %d decisions (one thread): mean %.2f ms, median %.2f ms, p99 %.2f ms, "
                + "%.0f cases/s per core%n", nanos.length, mean, median, p99, 1000 / mean);
        assertTrue(nanos.length == 5 * messages.size(), "every message was routed");
    }

    private static long[] run(RoutingPolicy policy, ChineseWords words, List<LabelledMessage> messages) {
        long[] nanos = new long[messages.size()];
        for (int i = 0; i < messages.size(); i++) {
            LabelledMessage m = messages.get(i);
            String addressee = i % 3 == 0 ? ADDRESSEES.get(i % ADDRESSEES.size()) : null;
            String category = i % 2 == 0 ? m.category() : null;
            String region = "xd.a.a" + (1 + i % 9);
            long start = System.nanoTime();
            RoutingPolicy.Decided decided = policy.decideWithPrediction(m.title(), m.content(), addressee, category, region);
            policy.suggestions(decided.prediction(), region, m.title(), m.content());
            TermVector.of(words, m.title(), m.content());
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }
}
