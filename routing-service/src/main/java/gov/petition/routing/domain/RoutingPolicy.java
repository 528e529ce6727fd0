package gov.petition.routing.domain;

import java.util.Optional;

/**
 * The order in which routing decides (DESIGN.md section 2): an explicit addressee the matcher is sure
 * of; then the category the citizen chose, by tier; then the classifier's category when it is confident;
 * otherwise the dispatchers' queue rather than a guess.
 */
public final class RoutingPolicy {

    /** Fewer Chinese characters than this go to a dispatcher rather than to the classifier. */
    static final int MIN_CLASSIFIABLE_CHARACTERS = 15;

    private final Directory directory;
    private final AddresseeMatcher addressees;
    private final CategoryClassifier classifier;
    private final TieredRouting tiers;
    private final String dispatchUnitId;

    public RoutingPolicy(Directory directory, AddresseeMatcher addressees, CategoryClassifier classifier, String cityId,
                         String dispatchUnitId) {
        this.directory = directory;
        this.addressees = addressees;
        this.classifier = classifier;
        this.tiers = new TieredRouting(directory, cityId);
        this.dispatchUnitId = dispatchUnitId;
    }

    public RoutingDecision decide(String title, String content, String addressee, String category, String regionCode) {
        if (addressee != null && !addressee.isBlank()) {
            Optional<AddresseeMatch> match = addressees.match(addressee)
                    .filter(m -> m.confidence() >= AddresseeMatcher.CONFIDENT);
            if (match.isPresent()) {
                AddresseeMatch m = match.get();
                return new RoutingDecision(m.unitId(), m.unitName(), m.officialId(), category,
                        RoutingDecision.Reason.ADDRESSEE, m.confidence(), m.leader());
            }
        }
        if (category != null && !category.isBlank()) {
            Optional<RoutingDecision> byRule = tiers.byCategory(category, regionCode, RoutingDecision.Reason.RULE, 0.9);
            if (byRule.isPresent()) {
                return byRule.get();
            }
        }
        CategoryPrediction predicted = classifier.classify(title == null ? "" : title, content == null ? "" : content);
        // Its confidence was calibrated on full messages: a few words are no basis for a confident guess.
        boolean enoughText = chineseCharacters(title) + chineseCharacters(content) >= MIN_CLASSIFIABLE_CHARACTERS;
        if (predicted.confident() && enoughText) {
            Optional<RoutingDecision> byClassifier = tiers.byCategory(predicted.category(), regionCode,
                    RoutingDecision.Reason.CLASSIFIER, predicted.confidence());
            if (byClassifier.isPresent()) {
                return byClassifier.get();
            }
        }
        DirectoryUnit dispatch = directory.unit(dispatchUnitId)
                .orElseThrow(() -> new IllegalStateException("directory has no dispatch unit " + dispatchUnitId));
        return new RoutingDecision(dispatch.id(), dispatch.name(), null, predicted.category(),
                RoutingDecision.Reason.DISPATCH, predicted.confidence(), false);
    }

    private static long chineseCharacters(String text) {
        return text == null ? 0 : text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    }
}
