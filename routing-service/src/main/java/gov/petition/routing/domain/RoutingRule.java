package gov.petition.routing.domain;

import java.util.List;

/**
 * A stored routing rule: a case of this {@code category} and/or mentioning one of the {@code keywords}, in
 * the {@code scope} of the directory (a district or the city; null for anywhere), goes to {@code unitId}.
 * Higher {@code priority} wins; at equal priority the narrower scope, then a rule with keywords.
 */
public record RoutingRule(long id, String category, String scopeId, List<String> keywords, String unitId, int priority,
                          String note) {

    public RoutingRule {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    /** Whether the rule takes a case of this category, place (a unit id, the case's region) and text. */
    public boolean matches(String caseCategory, String region, String text) {
        if (category != null && !category.equals(caseCategory)) {
            return false;
        }
        if (scopeId != null && (region == null || !(region.equals(scopeId) || region.startsWith(scopeId + ".")))) {
            return false;
        }
        return keywords.isEmpty() || (text != null && keywords.stream().anyMatch(text::contains));
    }

    /** How deep the scope lies in the directory: xd.a.a3 is deeper than xd.a. */
    int depth() {
        return scopeId == null ? 0 : scopeId.split("\\.").length;
    }
}
