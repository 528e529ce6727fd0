package gov.petition.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.petition.intake.domain.Redactor;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RedactorTest {

    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
    private static final Pattern ID_CARD = Pattern.compile("(?<!\\d)\\d{17}[\\dXx](?![\\dXx])");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    /** Real messages and replies from the public message board (../shared/data). */
    static List<String> realTexts() throws Exception {
        List<String> texts = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String file : List.of("messages/messages-with-replies.jsonl", "messages/messages-labelled.jsonl")) {
            try (var reader = new BufferedReader(new InputStreamReader(
                    Objects.requireNonNull(RedactorTest.class.getClassLoader().getResourceAsStream(file)), StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    JsonNode m = mapper.readTree(line);
                    texts.add(m.path("content").asText());
                    if (m.hasNonNull("reply")) {
                        texts.add(m.path("reply").asText());
                    }
                }
            }
        }
        return texts;
    }

    @Test
    void personalDataPlantedInRealMessagesIsGoneAfterRedaction() throws Exception {
        int checked = 0;
        for (String real : realTexts()) {
            String planted = real + " 联系电话13812345678，身份证430103199001011234，邮箱zhang.san@example.cn，住莲塘路18号3栋2单元501室。投诉人：张小明";
            String redacted = Redactor.redact(planted, List.of("张小明"));
            assertFalse(MOBILE.matcher(redacted).find(), redacted);
            assertFalse(ID_CARD.matcher(redacted).find(), redacted);
            assertFalse(EMAIL.matcher(redacted).find(), redacted);
            assertFalse(redacted.contains("张小明"), redacted);
            assertFalse(redacted.contains("18号") || redacted.contains("501室") || redacted.contains("3栋"), redacted);
            checked++;
        }
        assertTrue(checked > 600, "all real messages checked: " + checked);
    }

    @Test
    void noMobileNumberOrIdCardSurvivesInAnyRealMessage() throws Exception {
        for (String real : realTexts()) {
            String redacted = Redactor.redact(real);
            assertFalse(MOBILE.matcher(redacted).find(), redacted);
            assertFalse(ID_CARD.matcher(redacted).find(), redacted);
        }
    }

    @Test
    void addressesAreMaskedButMetroLinesAndDocumentNumbersStay() {
        assertEquals("地处A3区莲塘路＊号，属于观沙岭", Redactor.redact("地处A3区莲塘路1号，属于观沙岭"));
        assertEquals("购买了盛世耀凯小区＊栋＊楼", Redactor.redact("购买了盛世耀凯小区17栋3楼"));
        assertEquals("规划的1号线穿过河西", Redactor.redact("规划的1号线穿过河西"));
        assertEquals("建办市函[2018]160号）精神", Redactor.redact("建办市函[2018]160号）精神"));
    }

    @Test
    void theWriterIsHiddenButOfficialsSigningRepliesStay() {
        assertEquals("投诉人：＊先生2018年", Redactor.redact("投诉人：向先生2018年"));
        assertEquals("尊敬的胡华衡书记：", Redactor.redact("尊敬的胡华衡书记："));
        assertEquals("业主代表签名：高＊＊", Redactor.redact("业主代表签名：高华立"));
    }
}
