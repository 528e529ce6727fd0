package gov.petition.routing;

import gov.petition.routing.domain.AddresseeMatch;
import gov.petition.routing.domain.AddresseeMatcher;
import gov.petition.routing.domain.Directory;
import gov.petition.routing.domain.DirectoryOfficial;
import gov.petition.routing.domain.DirectoryUnit;
import gov.petition.routing.domain.UnitLevel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddresseeMatcherTest {

    private final DirectoryFixture fixture = DirectoryFixture.load();
    private final AddresseeMatcher matcher = new AddresseeMatcher(fixture.directory(), fixture.officials());

    private AddresseeMatch match(String text) {
        return matcher.match(text).orElseThrow(() -> new AssertionError("no match for " + text));
    }

    @Test
    void aSurnameAndTitleOnTheCitysPlatformMeanTheCitySecretary() {
        AddresseeMatch m = match("尊敬的胡书记：");
        assertEquals("xd.a.1", m.officialId());
        assertEquals("胡华衡", m.officialName());
        assertTrue(m.leader());
        assertTrue(m.confidence() >= AddresseeMatcher.CONFIDENT, "confidence " + m.confidence());
    }

    @Test
    void aHomophoneInTheNameStillFindsTheOfficial() {
        AddresseeMatch secretary = match("胡华恒书记");
        assertEquals("xd.a.1", secretary.officialId());
        assertTrue(secretary.confidence() >= 0.9, "confidence " + secretary.confidence());
        AddresseeMatch mayor = match("龙娜贵市长");
        assertEquals("xd.a.2", mayor.officialId());
        assertEquals("市长", mayor.title());
    }

    @Test
    void theMayorsMailboxIsTheMayor() {
        AddresseeMatch m = match("市长信箱");
        assertEquals("xd.a.2", m.officialId());
        assertEquals("xd.a", m.unitId());
        assertEquals(1.0, m.confidence());
    }

    @Test
    void aTitleWithItsDistrictNamesTheDistrictHead() {
        assertEquals("xd.a.a3.2", match("A3区区长").officialId());
        assertEquals("xd.a.a3.2", match("Ａ３区长").officialId(), "full-width and the shared 区");
        assertEquals("xd.a.a3.1", match("A3区委书记").officialId());
    }

    @Test
    void aDepartmentHeadResolvesToTheHeadAndTheDepartment() {
        AddresseeMatch m = match("教育局钟新浩局长");
        assertEquals("xd.a.jyj.1", m.officialId());
        assertEquals("xd.a.jyj", m.unitId());
        assertFalse(m.leader());
        assertEquals("xd.a.a3.jyj.1", match("A3区教育局长").officialId());
    }

    @Test
    void aUnitWithoutAPersonIsThatUnitsMailbox() {
        AddresseeMatch city = match("教育局");
        assertEquals(AddresseeMatch.Kind.UNIT, city.kind());
        assertEquals("xd.a.jyj", city.unitId());
        assertEquals(1.0, city.confidence());
        assertEquals("xd.a.a3.zjj", match("A3区住建局").unitId(), "an abbreviation");
        assertEquals("xd.a.sthj", match("环保局").unitId(), "a former name");
        assertEquals("xd.a.a3", match("A3区人民政府").unitId());
    }

    @Test
    void aDeputyIsNeverTakenForThePrincipal() {
        assertEquals("副区长", match("A3区武副区长").title());
        AddresseeMatch anyDeputyMayor = match("副市长");
        assertEquals("副市长", anyDeputyMayor.title());
        assertTrue(anyDeputyMayor.confidence() < AddresseeMatcher.CONFIDENT, "six deputy mayors: not sure which");
    }

    @Test
    void unitsOfTheSameNameShareTheConfidence() {
        // Two streets of A3区 are both called 银盆岭街道 in the fixture.
        AddresseeMatch m = match("A3区银盆岭街道");
        assertEquals(AddresseeMatch.Kind.UNIT, m.kind());
        assertEquals(0.5, m.confidence());
    }

    @Test
    void textNamingNobodyMatchesNothing() {
        assertTrue(matcher.match("关于小区噪音扰民的问题").isEmpty());
        assertTrue(matcher.match("").isEmpty());
        assertTrue(matcher.match(null).isEmpty());
    }

    @Test
    void candidatesListTheLikeliestOfficialsFirst() {
        List<AddresseeMatch> found = matcher.candidates("胡华", 5);
        assertEquals(5, found.size());
        assertEquals("胡华衡", found.get(0).officialName());
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).confidence() >= found.get(i).confidence());
        }
    }

    @Test
    void anExactNameBeatsAHomophoneOfAMoreProminentOfficial() {
        Directory directory = new Directory(List.of(
                new DirectoryUnit("c", "A市", UnitLevel.CITY, null, List.of(), true),
                new DirectoryUnit("c.s", "A市某街道", UnitLevel.STREET, "c", List.of(), true)));
        AddresseeMatcher small = new AddresseeMatcher(directory, List.of(
                new DirectoryOfficial("mayor", "龙娜桂", "市长", "c"),
                new DirectoryOfficial("street", "龙娜贵", "街道办事处主任", "c.s")));
        assertEquals("street", small.match("龙娜贵").orElseThrow().officialId());
        assertEquals("mayor", small.match("龙娜桂").orElseThrow().officialId());
        assertEquals("mayor", small.match("龙娜贵市长").orElseThrow().officialId(), "the title decides");
    }
}
