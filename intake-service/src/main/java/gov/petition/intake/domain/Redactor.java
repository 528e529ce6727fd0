package gov.petition.intake.domain;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal data from text before it is published: mobile and landline numbers, ID-card
 * numbers, e-mail addresses, exact house numbers (door, building, unit and room numbers), the
 * citizen's own name, and names introduced as the writer's ("投诉人：张某某", "王女士"). Officials'
 * names stay: replies are signed with real names on purpose (实名回应). Metro lines ("1号线") and
 * document numbers ("〔2018〕160号") are not addresses and stay too.
 */
public final class Redactor {

    private static final String MASK = "＊";

    private record Rule(Pattern pattern, java.util.function.Function<Matcher, String> replacement) {
    }

    private static final List<Rule> RULES = List.of(
            // 18- and 15-digit resident ID numbers (before phones: they contain 11-digit runs)
            new Rule(Pattern.compile("(?<!\\d)(\\d{17}[\\dXx]|\\d{15})(?![\\dXx])"), m -> "[身份证号已隐去]"),
            new Rule(Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"), m -> "[邮箱已隐去]"),
            new Rule(Pattern.compile("(?<!\\d)(\\+?86[- ]?)?1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}(?!\\d)"), m -> "[电话已隐去]"),
            new Rule(Pattern.compile("(?<!\\d)0\\d{2,3}-\\d{7,8}(?!\\d)"), m -> "[电话已隐去]"),
            // a door number on a road, street or village: 莲塘路1号, 幸福村3组12号 (not 1号线, not 160号文)
            new Rule(Pattern.compile("([路街巷道村组弄里])(\\d+)(号)(?![线文])"), m -> m.group(1) + MASK + m.group(3)),
            // building, unit, floor and room: 17栋3楼, 3栋2单元501室, 8号栋
            new Rule(Pattern.compile("\\d+(?=(号)?(栋|幢|单元|室|号楼|楼\\d))|(?<=[栋幢单元])\\d+(?=[楼层室])|(?<=单元)\\d+"), m -> MASK),
            // the writer introduced by a role: 投诉人：向先生, 业主代表签名：高华立
            new Rule(Pattern.compile("(投诉人|举报人|反映人|来信人|联系人|签名|本人姓名|我叫)([：: ]?)(?![\\u4e00-\\u9fa5](先生|女士|小姐))([\\u4e00-\\u9fa5]{2,3})"),
                    m -> m.group(1) + m.group(2) + m.group(4).charAt(0) + MASK.repeat(m.group(4).length() - 1)),
            // 王女士, 李先生: keep the courtesy, hide the surname
            new Rule(Pattern.compile("([\\u4e00-\\u9fa5])(先生|女士|小姐)"),
                    m -> "的位名这那各男女和与及".indexOf(m.group(1).charAt(0)) >= 0 ? m.group() : MASK + m.group(2)));

    private Redactor() {
    }

    /** The text with personal data masked; {@code knownNames} are names to hide wherever they appear. */
    public static String redact(String text, Collection<String> knownNames) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String name : knownNames) {
            if (name != null && name.strip().length() >= 2) {
                String n = name.strip();
                out = out.replace(n, n.charAt(0) + MASK.repeat(n.length() - 1));
            }
        }
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(out);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, Matcher.quoteReplacement(rule.replacement().apply(m)));
            }
            m.appendTail(sb);
            out = sb.toString();
        }
        return out;
    }

    public static String redact(String text) {
        return redact(text, List.of());
    }
}
