package gov.petition.routing;

import gov.petition.routing.domain.AddresseeMatch;
import gov.petition.routing.domain.AddresseeMatcher;
import gov.petition.routing.domain.DirectoryOfficial;
import gov.petition.routing.domain.DirectoryUnit;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Addressee matching measured on letters written from the directory itself: every official
 * addressed in the ways citizens write, including the mistakes they make. Prints the table the
 * routing note quotes, and fails when a kind falls below the floor it has reached.
 */
class AddresseeMatcherAccuracyTest {

    /** How the addressee is written, with the accuracy this matcher has reached and must keep. */
    enum Kind {
        EXACT("钟新浩局长", 0.99),
        NAME_ONLY("钟新浩", 0.99),
        HOMOPHONE("胡华恒书记 (one character of the same sound)", 0.99),
        WRONG_CHARACTER_OF_THREE("钟新明局长 (one character wrong, three-character name)", 0.95),
        WRONG_CHARACTER_OF_TWO("钟树局长 for 钟燕 (one of two wrong: surname or given name left)", 0.43),
        WRONG_CHARACTER_WITH_UNIT("A3区教育局叶光宇局长 (unit + one wrong character + title)", 0.99),
        SURNAME_TITLE_UNIT("A3区白区长, A3区武副区长", 0.99),
        TITLE_ONLY("A3区区长, A市教育局局长, 市长信箱 (a title held once in the unit)", 0.99);

        final String example;
        final double floor;

        Kind(String example, double floor) {
            this.example = example;
            this.floor = floor;
        }
    }

    record Case(Kind kind, String text, String officialId) {
    }

    /** Per kind: letters, matched right, confident, confident and right. */
    private static final class Tally {
        int cases;
        int right;
        int confident;
        int confidentRight;

        double accuracy() {
            return (double) right / cases;
        }

        double confidentShare() {
            return (double) confident / cases;
        }

        double confidentAccuracy() {
            return confident == 0 ? 0 : (double) confidentRight / confident;
        }

        void add(boolean isRight, boolean isConfident) {
            cases++;
            right += isRight ? 1 : 0;
            confident += isConfident ? 1 : 0;
            confidentRight += isConfident && isRight ? 1 : 0;
        }
    }

    private final DirectoryFixture fixture = DirectoryFixture.load();
    private final AddresseeMatcher matcher = new AddresseeMatcher(fixture.directory(), fixture.officials());

    @Test
    void resolvesAddresseesWrittenFromTheDirectory() {
        List<Case> cases = new LetterWriter(fixture, new Random(20201105)).cases();
        Map<Kind, Tally> tally = new EnumMap<>(Kind.class);
        Tally all = new Tally();
        List<String> misses = new ArrayList<>();
        long started = System.nanoTime();
        for (Case c : cases) {
            Optional<AddresseeMatch> m = matcher.match(c.text());
            boolean right = m.isPresent() && c.officialId().equals(m.get().officialId());
            boolean confident = m.isPresent() && m.get().confidence() >= AddresseeMatcher.CONFIDENT;
            tally.computeIfAbsent(c.kind(), k -> new Tally()).add(right, confident);
            all.add(right, confident);
            if (!right && misses.size() < 12) {
                misses.add(c.text() + " → " + m.map(x -> x.officialName() + " " + x.title() + " " + x.unitName() + " " + x.confidence())
                        .orElse("nothing") + " (wanted " + c.officialId() + ")");
            }
        }
        double microsPerMatch = (System.nanoTime() - started) / 1000.0 / cases.size();

        StringBuilder table = new StringBuilder(String.format("%nAddressee matching on letters written from the directory (%d officials, seed 20201105)%n%n",
                fixture.officials().size()));
        table.append("| kind | letters | accuracy | confident | accuracy when confident | example |\n");
        table.append("|---|---:|---:|---:|---:|---|\n");
        tally.forEach((kind, t) -> table.append(String.format("| %s | %d | %.3f | %.3f | %.3f | %s |%n", kind, t.cases, t.accuracy(),
                t.confidentShare(), t.confidentAccuracy(), kind.example)));
        table.append(String.format("| all | %d | %.3f | %.3f | %.3f | |%n", all.cases, all.accuracy(), all.confidentShare(), all.confidentAccuracy()));
        table.append(String.format("%nconfident = confidence ≥ %.2f (AddresseeMatcher.CONFIDENT); %.0f µs per match on this machine%n",
                AddresseeMatcher.CONFIDENT, microsPerMatch));
        System.out.println(table);
        misses.forEach(m -> System.out.println("  a miss: " + m));

        assertAll(tally.entrySet().stream().map(e -> () -> assertTrue(e.getValue().accuracy() >= e.getKey().floor,
                e.getKey() + " accuracy " + e.getValue().accuracy() + " fell below " + e.getKey().floor)));
        assertTrue(all.confidentAccuracy() >= 0.98, "confident matches must be right: " + all.confidentAccuracy());
    }

    /** Writes addressees the way citizens do, from the directory, with a seeded random source. */
    static final class LetterWriter {

        private final DirectoryFixture fixture;
        private final Random random;
        private final HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        private final List<Character> common;
        private final Map<String, List<Character>> bySound;

        LetterWriter(DirectoryFixture fixture, Random random) {
            this.fixture = fixture;
            this.random = random;
            format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
            format.setVCharType(HanyuPinyinVCharType.WITH_V);
            this.common = commonCharacters();
            this.bySound = common.stream().filter(c -> sounds(c).length > 0).collect(Collectors.groupingBy(c -> sounds(c)[0]));
        }

        List<Case> cases() {
            Map<String, DirectoryUnit> units = fixture.directory().units().stream()
                    .collect(Collectors.toMap(DirectoryUnit::id, Function.identity()));
            Map<String, Long> unitsByName = units.values().stream().collect(Collectors.groupingBy(DirectoryUnit::name, Collectors.counting()));
            Map<String, Long> holders = fixture.officials().stream()
                    .collect(Collectors.groupingBy(o -> o.unitId() + "|" + o.title(), Collectors.counting()));
            Map<String, Long> surnameHolders = fixture.officials().stream()
                    .collect(Collectors.groupingBy(o -> o.unitId() + "|" + o.title() + "|" + o.name().charAt(0), Collectors.counting()));

            List<Case> cases = new ArrayList<>();
            for (DirectoryOfficial o : fixture.officials()) {
                String unitName = units.get(o.unitId()).name();
                boolean unitNamedOnce = unitsByName.get(unitName) == 1;
                cases.add(new Case(Kind.EXACT, o.name() + o.title(), o.id()));
                cases.add(new Case(Kind.NAME_ONLY, o.name(), o.id()));
                homophone(o.name()).ifPresent(n -> cases.add(new Case(Kind.HOMOPHONE, n + o.title(), o.id())));
                String wrong = wrongCharacter(o.name());
                cases.add(new Case(o.name().length() > 2 ? Kind.WRONG_CHARACTER_OF_THREE : Kind.WRONG_CHARACTER_OF_TWO,
                        wrong + o.title(), o.id()));
                if (unitNamedOnce) {
                    cases.add(new Case(Kind.WRONG_CHARACTER_WITH_UNIT, unitName + wrong + o.title(), o.id()));
                    if (surnameHolders.get(o.unitId() + "|" + o.title() + "|" + o.name().charAt(0)) == 1) {
                        cases.add(new Case(Kind.SURNAME_TITLE_UNIT, unitName + o.name().charAt(0) + o.title(), o.id()));
                    }
                    if (holders.get(o.unitId() + "|" + o.title()) == 1) {
                        cases.add(new Case(Kind.TITLE_ONLY, unitName + o.title(), o.id()));
                    }
                }
            }
            // The city's and province's leaders, as letters on the city's platform name them.
            Map<String, String> leaders = fixture.officials().stream()
                    .filter(o -> Set.of("市长", "市委书记", "省长", "省委书记").contains(o.title()))
                    .collect(Collectors.toMap(DirectoryOfficial::title, DirectoryOfficial::id));
            for (String title : leaders.keySet()) {
                cases.add(new Case(Kind.TITLE_ONLY, title, leaders.get(title)));
                cases.add(new Case(Kind.TITLE_ONLY, title + "信箱", leaders.get(title)));
            }
            return cases;
        }

        /** The name with one character replaced by another common one read the same way. */
        Optional<String> homophone(String name) {
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < name.length(); i++) {
                positions.add(i);
            }
            java.util.Collections.shuffle(positions, random);
            for (int i : positions) {
                char c = name.charAt(i);
                String[] s = sounds(c);
                if (s.length == 0) {
                    continue;
                }
                List<Character> same = bySound.getOrDefault(s[0], List.of()).stream().filter(x -> x != c).toList();
                if (!same.isEmpty()) {
                    return Optional.of(replace(name, i, same.get(random.nextInt(same.size()))));
                }
            }
            return Optional.empty();
        }

        /** The name with one character replaced by a common one that sounds nothing like it. */
        String wrongCharacter(String name) {
            int i = random.nextInt(name.length());
            Set<String> sound = new HashSet<>(Arrays.asList(sounds(name.charAt(i))));
            while (true) {
                char x = common.get(random.nextInt(common.size()));
                if (x != name.charAt(i) && Arrays.stream(sounds(x)).noneMatch(sound::contains)) {
                    return replace(name, i, x);
                }
            }
        }

        private static String replace(String s, int i, char c) {
            return s.substring(0, i) + c + s.substring(i + 1);
        }

        private final Map<Character, String[]> soundCache = new HashMap<>();

        private String[] sounds(char c) {
            return soundCache.computeIfAbsent(c, k -> {
                try {
                    String[] p = PinyinHelper.toHanyuPinyinStringArray(k, format);
                    return p == null ? new String[0] : Arrays.stream(p).distinct().toArray(String[]::new);
                } catch (BadHanyuPinyinOutputFormatCombination e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        /** The 3,755 characters of GB 2312 level 1: the common ones a pinyin input method offers first. */
        private static List<Character> commonCharacters() {
            Charset gb2312 = Charset.forName("GB2312");
            List<Character> result = new ArrayList<>();
            for (int row = 0xB0; row <= 0xD7; row++) {
                for (int cell = 0xA1; cell <= 0xFE; cell++) {
                    String s = new String(new byte[] {(byte) row, (byte) cell}, gb2312);
                    if (s.length() == 1 && Character.UnicodeScript.of(s.charAt(0)) == Character.UnicodeScript.HAN) {
                        result.add(s.charAt(0));
                    }
                }
            }
            return result;
        }
    }
}
