package gov.petition.routing;

import gov.petition.routing.domain.Directory;
import gov.petition.routing.domain.DirectoryUnit;
import gov.petition.routing.domain.RoutingRule;
import gov.petition.routing.domain.RuleBook;
import gov.petition.routing.domain.UnitLevel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleBookTest {

    private final Directory directory = new Directory(List.of(
            new DirectoryUnit("xd.a", "A市", UnitLevel.CITY, null, List.of(), true),
            new DirectoryUnit("xd.a.jyj", "A市教育局", UnitLevel.DEPARTMENT, "xd.a", List.of("教育文体"), true),
            new DirectoryUnit("xd.a.zjj", "A市住房和城乡建设局", UnitLevel.DEPARTMENT, "xd.a", List.of("城乡建设"), true),
            new DirectoryUnit("xd.a.a3", "A3区", UnitLevel.DISTRICT, "xd.a", List.of(), true),
            new DirectoryUnit("xd.a.a3.zjj", "A3区住房和城乡建设局", UnitLevel.DEPARTMENT, "xd.a.a3", List.of("城乡建设"), true),
            new DirectoryUnit("xd.a.a3.cgj", "A3区城市管理局", UnitLevel.DEPARTMENT, "xd.a.a3", List.of("城乡建设"), true),
            new DirectoryUnit("xd.a.a3.s1", "A3区某街道", UnitLevel.STREET, "xd.a.a3", List.of(), true)));
    private final RuleBook tiered = new RuleBook(numbered(RuleBook.tiered(directory)), "xd.a");

    private static List<RoutingRule> numbered(List<RoutingRule> rules) {
        List<RoutingRule> out = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            RoutingRule r = rules.get(i);
            out.add(new RoutingRule(i + 1, r.category(), r.scopeId(), r.keywords(), r.unitId(), r.priority(), r.note()));
        }
        return out;
    }

    private String unit(RuleBook book, String category, String region, String text) {
        return book.match(category, region, text).map(RoutingRule::unitId).orElse(null);
    }

    @Test
    void theSeededRulesRouteAMatterInOneDistrictToThatDistrictsDepartment() {
        assertEquals("xd.a.a3.zjj", unit(tiered, "城乡建设", "xd.a.a3.s1", ""));
    }

    @Test
    void aDistrictWithoutTheDepartmentFallsBackToTheCityDepartment() {
        assertEquals("xd.a.jyj", unit(tiered, "教育文体", "xd.a.a3", ""));
    }

    @Test
    void aCityWideMatterGoesToTheCityDepartment() {
        assertEquals("xd.a.zjj", unit(tiered, "城乡建设", null, ""));
    }

    @Test
    void anUnknownCategoryMatchesNoRule() {
        assertTrue(tiered.match("没有的类别", "xd.a.a3", "").isEmpty());
        assertTrue(tiered.match(null, "xd.a.a3", "井盖").isEmpty());
    }

    @Test
    void aKeywordRuleWithHigherPriorityOverridesTheTieredRule() {
        List<RoutingRule> rules = new ArrayList<>(tiered.rules());
        rules.add(new RoutingRule(1000, null, "xd.a.a3", List.of("井盖", "窨井"), "xd.a.a3.cgj", 10, "井盖归城管"));
        RuleBook book = new RuleBook(rules, "xd.a");
        assertEquals("xd.a.a3.cgj", unit(book, "城乡建设", "xd.a.a3.s1", "小区门口井盖丢失"));
        assertEquals("xd.a.a3.cgj", unit(book, null, "xd.a.a3", "窨井盖破损"));
        assertEquals("xd.a.a3.zjj", unit(book, "城乡建设", "xd.a.a3", "电梯坏了"));
        Optional<RoutingRule> elsewhere = book.match(null, "xd.a.a1", "井盖丢失");
        assertTrue(elsewhere.isEmpty(), "the rule's scope is A3区");
    }
}
