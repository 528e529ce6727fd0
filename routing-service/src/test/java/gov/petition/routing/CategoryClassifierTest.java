package gov.petition.routing;

import gov.petition.routing.domain.CategoryClassifier;
import gov.petition.routing.domain.CategoryPrediction;
import gov.petition.routing.domain.LabelledMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@TestInstance(TestInstance.Lifecycle.PER_CLASS) // train once: it takes a few seconds
class CategoryClassifierTest {

    private final CategoryClassifier classifier = CategoryClassifier.trainedOnBundledMessages();

    @Test
    void learnsTheSevenCategoriesOfTheBundledMessages() {
        assertEquals(List.of("交通运输", "劳动和社会保障", "卫生计生", "商贸旅游", "城乡建设", "教育文体", "环境保护"),
                classifier.categories());
    }

    @Test
    void clearMessagesGetTheirCategoryConfidently() {
        assertCategory("教育文体", "孩子上小学的学位问题", "我家孩子今年满六岁，学校说学位已满，不让报名入学，请教育局帮忙解决。");
        assertCategory("劳动和社会保障", "医保报销比例太低", "退休职工的医疗保险报销和养老金发放问题，社保局一直没有答复。");
        assertCategory("环境保护", "小区旁工厂排放废气", "工厂每天晚上排放刺鼻的废气，污染严重，请环保部门来查一查。");
        assertCategory("城乡建设", "小区电梯坏了", "小区电梯经常停运，物业不维修。");
    }

    @Test
    void aMessageWithoutWordsIsNotConfidentAndGoesToTheDispatcher() {
        CategoryPrediction empty = classifier.classify("", null);
        assertFalse(empty.confident());
        assertTrue(empty.confidence() < CategoryClassifier.CONFIDENT);
    }

    @Test
    void probabilitiesAreRankedAndSumToAtMostOne() {
        CategoryPrediction p = classifier.classify("公交线路调整后出行不便", "原来的公交车线路取消了，居民要走很远才能坐车。");
        assertEquals(3, p.alternatives().size());
        double sum = p.confidence();
        double previous = p.confidence();
        for (CategoryPrediction.Alternative a : p.alternatives()) {
            assertTrue(a.probability() <= previous);
            assertFalse(a.category().equals(p.category()));
            previous = a.probability();
            sum += a.probability();
        }
        assertTrue(sum <= 1 + 1e-9);
    }

    @Test
    void trainingIsDeterministic() {
        List<LabelledMessage> some = LabelledMessage.bundled().subList(0, 120);
        CategoryPrediction a = CategoryClassifier.train(some).classify("小区噪音扰民", "楼下饭店夜间噪音很大");
        CategoryPrediction b = CategoryClassifier.train(some).classify("小区噪音扰民", "楼下饭店夜间噪音很大");
        assertEquals(a, b);
    }

    @Test
    void trainingNeedsExamples() {
        assertThrows(IllegalArgumentException.class, () -> CategoryClassifier.train(List.of()));
    }

    @Test
    void readsLabelledMessagesOnePerLine() {
        String lines = """
                {"id": 7, "user": "A1", "title": "路灯不亮", "postedAt": "2020-01-01T00:00:00", "content": "小区路灯坏了", "category": "城乡建设"}

                {"id": 8, "title": "学校收费", "content": "乱收费", "category": "教育文体"}
                """;
        List<LabelledMessage> read = LabelledMessage.readJsonLines(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(new LabelledMessage(7, "路灯不亮", "小区路灯坏了", "城乡建设"),
                new LabelledMessage(8, "学校收费", "乱收费", "教育文体")), read);
        assertEquals(495, LabelledMessage.bundled().size());
    }

    private void assertCategory(String expected, String title, String content) {
        CategoryPrediction p = classifier.classify(title, content);
        assertEquals(expected, p.category(), title);
        assertTrue(p.confident(), title + ": " + p.confidence());
    }
}
