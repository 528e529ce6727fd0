package gov.petition.routing;

import gov.petition.routing.domain.Directory;
import gov.petition.routing.domain.DirectoryUnit;
import gov.petition.routing.domain.RoutingDecision;
import gov.petition.routing.domain.TieredRouting;
import gov.petition.routing.domain.UnitLevel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TieredRoutingTest {

    private final Directory directory = new Directory(List.of(
            new DirectoryUnit("xd.a", "A市", UnitLevel.CITY, null, List.of(), true),
            new DirectoryUnit("xd.a.jyj", "A市教育局", UnitLevel.DEPARTMENT, "xd.a", List.of("教育文体"), true),
            new DirectoryUnit("xd.a.zjj", "A市住房和城乡建设局", UnitLevel.DEPARTMENT, "xd.a", List.of("城乡建设"), true),
            new DirectoryUnit("xd.a.a3", "A3区", UnitLevel.DISTRICT, "xd.a", List.of(), true),
            new DirectoryUnit("xd.a.a3.zjj", "A3区住房和城乡建设局", UnitLevel.DEPARTMENT, "xd.a.a3", List.of("城乡建设"), true),
            new DirectoryUnit("xd.a.a3.s1", "A3区某街道", UnitLevel.STREET, "xd.a.a3", List.of(), true)));
    private final TieredRouting routing = new TieredRouting(directory, "xd.a");

    @Test
    void aMatterInOneDistrictGoesToThatDistrictsDepartment() {
        RoutingDecision d = routing.decide("城乡建设", "xd.a.a3.s1");
        assertEquals("xd.a.a3.zjj", d.unitId());
        assertEquals(RoutingDecision.Reason.RULE, d.reason());
    }

    @Test
    void aDistrictWithoutTheDepartmentFallsBackToTheCityDepartment() {
        assertEquals("xd.a.jyj", routing.decide("教育文体", "xd.a.a3").unitId());
    }

    @Test
    void aCityWideMatterGoesToTheCityDepartment() {
        assertEquals("xd.a.zjj", routing.decide("城乡建设", null).unitId());
    }

    @Test
    void withoutCategoryTheDistrictOrTheCityTakesIt() {
        assertEquals("xd.a.a3", routing.decide(null, "xd.a.a3.s1").unitId());
        RoutingDecision city = routing.decide(null, "nowhere");
        assertEquals("xd.a", city.unitId());
        assertEquals(RoutingDecision.Reason.DEFAULT, city.reason());
    }
}
