package gov.petition.routing.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The order in which routing decides (DESIGN.md section 2): an explicit addressee the matcher is sure
 * of; then the cases a leader must instruct in person (to the leader's unit); then the stored rules
 * (the category the citizen chose, by tier, or keywords); then the classifier's category when it is
 * confident (again through the rules, and to the leader when that category needs one); otherwise the
 * dispatchers' queue rather than a guess.
 */
public final class RoutingPolicy {

    /** Fewer Chinese characters than this go to a dispatcher rather than to the classifier. */
    static final int MIN_CLASSIFIABLE_CHARACTERS = 15;
    static final double RULE_CONFIDENCE = 0.9;
    static final double LEADER_CONFIDENCE = 0.9;

    private final Directory directory;
    private final AddresseeMatcher addressees;
    private final CategoryClassifier classifier;
    private final RuleBook rules;
    private final LeaderMandate mandate;
    private final String leaderUnitId;
    private final String dispatchUnitId;

    public RoutingPolicy(Directory directory, AddresseeMatcher addressees, CategoryClassifier classifier, RuleBook rules,
                         LeaderMandate mandate, String leaderUnitId, String dispatchUnitId) {
        this.directory = directory;
        this.addressees = addressees;
        this.classifier = classifier;
        this.rules = rules;
        this.mandate = mandate;
        this.leaderUnitId = leaderUnitId;
        this.dispatchUnitId = dispatchUnitId;
    }

    /** The decision, and the classifier's prediction when it was consulted. */
    public record Decided(RoutingDecision decision, CategoryPrediction prediction) {
    }

    public RoutingDecision decide(String title, String content, String addressee, String category, String regionCode) {
        return decideWithPrediction(title, content, addressee, category, regionCode).decision();
    }

    public Decided decideWithPrediction(String title, String content, String addressee, String category, String regionCode) {
        if (addressee != null && !addressee.isBlank()) {
            Optional<AddresseeMatch> match = addressees.match(addressee)
                    .filter(m -> m.confidence() >= AddresseeMatcher.CONFIDENT);
            if (match.isPresent()) {
                AddresseeMatch m = match.get();
                return new Decided(new RoutingDecision(m.unitId(), m.unitName(), m.officialId(), category,
                        RoutingDecision.Reason.ADDRESSEE, m.confidence(), m.leader()), null);
            }
        }
        String chosen = category == null || category.isBlank() ? null : category;
        if (mandate.why(chosen, title, content).isPresent()) {
            return new Decided(leader(chosen, LEADER_CONFIDENCE), null);
        }
        String text = (title == null ? "" : title) + " " + (content == null ? "" : content);
        Optional<RoutingRule> byRule = rules.match(chosen, regionCode, text);
        if (byRule.isPresent() && (chosen != null || !byRule.get().keywords().isEmpty())) {
            return new Decided(toUnit(byRule.get(), chosen, RoutingDecision.Reason.RULE, RULE_CONFIDENCE), null);
        }
        CategoryPrediction predicted = classifier.classify(title == null ? "" : title, content == null ? "" : content);
        // Its confidence was calibrated on full messages: a few words are no basis for a confident guess.
        boolean enoughText = chineseCharacters(title) + chineseCharacters(content) >= MIN_CLASSIFIABLE_CHARACTERS;
        if (predicted.confident() && enoughText) {
            if (mandate.coversCategory(predicted.category())) {
                return new Decided(leader(predicted.category(), predicted.confidence()), predicted);
            }
            Optional<RoutingRule> byClassifier = rules.match(predicted.category(), regionCode, text);
            if (byClassifier.isPresent()) {
                return new Decided(toUnit(byClassifier.get(), predicted.category(), RoutingDecision.Reason.CLASSIFIER,
                        predicted.confidence()), predicted);
            }
        }
        DirectoryUnit dispatch = directory.unit(dispatchUnitId)
                .orElseThrow(() -> new IllegalStateException("directory has no dispatch unit " + dispatchUnitId));
        return new Decided(new RoutingDecision(dispatch.id(), dispatch.name(), null, predicted.category(),
                RoutingDecision.Reason.DISPATCH, predicted.confidence(), false), predicted);
    }

    /** Units a dispatcher might choose: the classifier's likeliest categories, each through the rules for the place. */
    public List<Suggestion> suggestions(CategoryPrediction prediction, String regionCode, String title, String content) {
        CategoryPrediction p = prediction != null ? prediction
                : classifier.classify(title == null ? "" : title, content == null ? "" : content);
        List<CategoryPrediction.Alternative> ranked = new ArrayList<>();
        ranked.add(new CategoryPrediction.Alternative(p.category(), p.confidence()));
        ranked.addAll(p.alternatives());
        List<Suggestion> suggestions = new ArrayList<>();
        for (CategoryPrediction.Alternative a : ranked) {
            rules.match(a.category(), regionCode, null).flatMap(r -> directory.unit(r.unitId())).ifPresent(u ->
                    suggestions.add(new Suggestion(a.category(), Math.round(a.probability() * 1000) / 1000.0, u.id(), u.name())));
        }
        return suggestions;
    }

    /** One unit a dispatcher might route a case to, with the category it stands for and its probability. */
    public record Suggestion(String category, double probability, String unitId, String unitName) {
    }

    private RoutingDecision leader(String category, double confidence) {
        DirectoryUnit leader = directory.unit(leaderUnitId)
                .orElseThrow(() -> new IllegalStateException("directory has no leader unit " + leaderUnitId));
        return new RoutingDecision(leader.id(), leader.name(), null, category, RoutingDecision.Reason.LEADER, confidence, true);
    }

    private RoutingDecision toUnit(RoutingRule rule, String category, RoutingDecision.Reason reason, double confidence) {
        DirectoryUnit unit = directory.unit(rule.unitId())
                .orElseThrow(() -> new IllegalStateException("rule " + rule.id() + " names unknown unit " + rule.unitId()));
        return new RoutingDecision(unit.id(), unit.name(), null, category, reason, confidence, false);
    }

    private static long chineseCharacters(String text) {
        return text == null ? 0 : text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    }
}
