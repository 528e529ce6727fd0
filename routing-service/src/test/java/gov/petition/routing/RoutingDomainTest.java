package gov.petition.routing;

import gov.petition.routing.domain.BouncePolicy;
import gov.petition.routing.domain.ChineseWords;
import gov.petition.routing.domain.DirectoryDocument;
import gov.petition.routing.domain.LeaderMandate;
import gov.petition.routing.domain.TermVector;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoutingDomainTest {

    private static final ChineseWords WORDS = new ChineseWords();

    @Test
    void leaderMandatoryCategoriesAndWordsPutACaseBeforeTheLeader() {
        LeaderMandate mandate = new LeaderMandate(List.of("纪检监察"), List.of("渎职", "重大安全隐患", "群体性事件"));
        assertTrue(mandate.why("纪检监察", "反映问题", "").isPresent());
        assertEquals("mentions 渎职", mandate.why("城乡建设", "举报某局干部渎职", "").orElseThrow());
        assertTrue(mandate.why(null, "", "工地塔吊存在重大安全隐患").isPresent());
        assertFalse(mandate.why("城乡建设", "电梯坏了", "小区电梯坏了三个月没人修").isPresent());
    }

    @Test
    void similarTextsScoreHighAndUnrelatedOnesLow() {
        TermVector a = TermVector.of(WORDS, "小区电梯坏了", "我们小区3号楼电梯坏了三个月，物业一直不修，老人上下楼很困难。");
        TermVector b = TermVector.of(WORDS, "电梯三个月没修", "3号楼电梯坏了三个月了物业不修，老人上下楼困难，请帮忙。");
        TermVector c = TermVector.of(WORDS, "学校招生划片", "小学招生划片不合理，孩子上学要坐一个小时公交。");
        assertTrue(a.cosine(b) > 0.6, "same matter: " + a.cosine(b));
        assertTrue(a.cosine(c) < 0.2, "different matters: " + a.cosine(c));
        assertEquals(a.cosine(b), TermVector.parse(a.serialized()).cosine(b), 1e-9);
    }

    @Test
    void aBouncingDistrictCaseIsSupervisedByTheDistrictAndACityCaseByTheCityOffice() {
        DirectoryFixture fixture = DirectoryFixture.load();
        BouncePolicy policy = new BouncePolicy(2, "xd.a.zwj");
        assertEquals("xd.a.a3", policy.supervisingUnit(fixture.directory(), "xd.a.a3.zjj"));
        assertEquals("xd.a.zwj", policy.supervisingUnit(fixture.directory(), "xd.a.jyj"));
        assertFalse(policy.returnedTooOften(1));
        assertTrue(policy.returnedTooOften(2));
    }

    @Test
    void aDirectoryWithUnknownParentsOrRepeatedIdsIsRefusedFieldByField() {
        DirectoryDocument document = new DirectoryDocument("x", List.of(
                new DirectoryDocument.Unit("xd", "西地省", "PROVINCE", null, List.of(), true),
                new DirectoryDocument.Unit("xd.a", "A市", "CITY", "xd", List.of(), true),
                new DirectoryDocument.Unit("xd.a", "A市重复", "CITY", "xd", List.of(), true),
                new DirectoryDocument.Unit("xd.b", "B市", "TOWN", "xd.zz", List.of(), true)),
                List.of(new DirectoryDocument.Official("o1", "张三", "市长", "xd.q")));
        List<String> fields = document.problems().stream().map(DirectoryDocument.Problem::field).toList();
        assertEquals(List.of("units[2].id", "units[3].level", "units[3].parent", "officials[0].unit"), fields);
    }
}
