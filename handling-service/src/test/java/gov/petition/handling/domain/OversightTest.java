package gov.petition.handling.domain;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OversightTest {

    @Test
    void aUnitIsSupervisedByTheDistrictOrCityGovernmentItBelongsTo() {
        assertEquals("xd.a", Oversight.supervisingUnitOf("xd.a.jyj"), "a city bureau answers to the city");
        assertEquals("xd.a.a3", Oversight.supervisingUnitOf("xd.a.a3.zjj"), "a district bureau answers to its district");
        assertEquals("xd.a.a1", Oversight.supervisingUnitOf("xd.a.a1.s1"), "a street answers to its district");
        assertEquals("xd.a.a1", Oversight.supervisingUnitOf("xd.a.a1.s1.c1"), "a community answers to its district, not its street");
        assertEquals("xd.a", Oversight.supervisingUnitOf("xd.a.a3"), "a district answers to the city");
        assertEquals("xd", Oversight.supervisingUnitOf("xd.a"));
    }

    @Test
    void leadersAndSupervisorsOverseeTheirUnitAndTheUnitsBelowIt() {
        Set<String> leader = Set.of("official", "leader");
        assertTrue(Oversight.oversees("xd.a", leader, "xd.a.jyj"));
        assertTrue(Oversight.oversees("xd.a", leader, "xd.a"));
        assertFalse(Oversight.oversees("xd.a.a3", leader, "xd.a.a30.zjj"), "a prefix of the name is not a unit above");
        assertFalse(Oversight.oversees("xd.a.jyj", Set.of("official"), "xd.a.jyj"), "a plain official oversees nothing");
        assertTrue(Oversight.oversees("xd.a.zwj", Set.of("official", "supervisor"), "xd.a.zwj.x"));
    }

    @Test
    void onlyALevelAboveOverseesFromAbove() {
        Set<String> leader = Set.of("official", "leader");
        assertTrue(Oversight.overseesFromAbove("xd.a", leader, "xd.a.jyj"));
        assertFalse(Oversight.overseesFromAbove("xd.a.jyj", leader, "xd.a.jyj"), "a unit does not decide its own request");
        assertFalse(Oversight.overseesFromAbove("xd.a.a3", leader, "xd.a.jyj"), "another district is not above");
    }
}
