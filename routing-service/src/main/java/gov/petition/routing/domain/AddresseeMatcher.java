package gov.petition.routing.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolves the free-text addressee of a letter ("胡书记", "龙娜贵市长", "市长信箱", "A3区区长",
 * "教育局钟新浩局长") to one official of the directory, or to a unit's mailbox ("教育局"), and says
 * how sure it is.
 * <p>
 * The text is read in four passes, each on what the earlier ones left: places (西地省, A市, A3区,
 * street and community names), departments (their name without the place, 教育局; a former or
 * common name, 环保局 → 生态环境局; or an abbreviation whose characters appear in order in the name
 * and which starts and ends like it, 住建局 → 住房和城乡建设局), titles (市长, 局长, 书记, …; "A市长"
 * and "教育局长" lend their last character to the title), and what is left of one to four Chinese
 * characters is the name (one character alone is a surname).
 * <p>
 * Every official is then scored as a weighted mean of the evidence the text gives, the weights of
 * missing evidence dropping out:
 * <ul>
 *   <li>name, weight {@value #NAME_WEIGHT}: {@link NameSimilarity} by characters and pinyin; a surname
 *       alone scores {@value #SURNAME_ONLY} times the similarity of the surname;</li>
 *   <li>title, weight {@value #TITLE_WEIGHT}: 1 when the title written is the official's or a shorter
 *       form of it (书记 for 市委书记, 主任 for 街道办事处主任), {@value #TITLE_OTHER_RANK} when only the
 *       rank agrees (市委书记 written, 书记 of the discipline commission held), 0 otherwise, and always
 *       0 between a deputy (副) and a principal;</li>
 *   <li>unit, always present: against a unit named in the text, weight {@value #UNIT_WEIGHT}: 1 for
 *       that unit, 0.8 for a unit below it, 0.6 for the same department at the other tier, 0.4 for a
 *       unit above it, 0 otherwise. With no unit named, a prior by tier (city 1.0, province 0.9,
 *       district 0.8, city department 0.7, district department 0.6, street 0.5, community 0.4),
 *       because a letter on the city's platform that names no unit most likely means the most
 *       prominent bearer of that title or name; its weight is {@value #PRIOR_WEIGHT} after a surname
 *       or a title alone, but only {@value #PRIOR_WEIGHT_WITH_NAME} after a full name, so that it
 *       breaks ties and never outweighs one character of the name (an exact name beats a homophone
 *       of a more prominent official's).</li>
 * </ul>
 * The best official wins if it scores at least {@value #FLOOR}; its confidence is its score, halved
 * when the runner-up scores the same and undiminished when the runner-up trails by 0.1 or more.
 * A text that names a unit and nobody (or nobody scoring enough) in it resolves to that unit's
 * mailbox (the nearest unit with one), with confidence 1 for the exact name, 0.8 for a former name
 * or abbreviation, divided among units of the same name.
 */
public final class AddresseeMatcher {

    /** A confidence from which routing may follow the match without a dispatcher looking at it. */
    public static final double CONFIDENT = 0.6;

    static final double NAME_WEIGHT = 0.5;
    static final double TITLE_WEIGHT = 0.3;
    static final double UNIT_WEIGHT = 0.25;
    static final double PRIOR_WEIGHT_WITH_NAME = 0.02;
    static final double PRIOR_WEIGHT = 0.15;
    static final double SURNAME_ONLY = 0.7;
    static final double TITLE_OTHER_RANK = 0.3;
    static final double FLOOR = 0.45;
    private static final double CLEAR_MARGIN = 0.1;
    private static final int LONGEST_NAME = 4;

    private static final List<String> NOISE = List.of("尊敬的", "敬爱的", "亲爱的", "信箱", "邮箱", "留言板", "领导",
            "同志", "先生", "女士", "您好", "你好");
    // Titles people write that the directory's own titles may not contain.
    private static final List<String> COMMON_TITLES = List.of("书记", "副书记", "主任", "副主任", "局长", "副局长", "市长",
            "副市长", "区长", "副区长", "省长", "副省长", "县长", "镇长", "发言人", "网络发言人", "主席", "部长", "处长", "科长",
            "队长", "支队长", "院长", "所长", "站长", "厅长", "秘书长");
    // Former and everyday names of departments that no abbreviation rule derives.
    private static final Map<String, String> DEPARTMENT_ALIASES = Map.ofEntries(
            Map.entry("环保局", "生态环境局"), Map.entry("环境保护局", "生态环境局"), Map.entry("环保", "生态环境局"),
            Map.entry("国土局", "自然资源和规划局"), Map.entry("规划局", "自然资源和规划局"), Map.entry("国土资源局", "自然资源和规划局"),
            Map.entry("安监局", "应急管理局"), Map.entry("安全生产监督管理局", "应急管理局"),
            Map.entry("交警支队", "公安局交通警察支队"), Map.entry("交警队", "公安局交通警察支队"), Map.entry("交警", "公安局交通警察支队"),
            Map.entry("卫计委", "卫生健康委员会"), Map.entry("卫生局", "卫生健康委员会"),
            Map.entry("社保局", "人力资源和社会保障局"), Map.entry("劳动局", "人力资源和社会保障局"),
            Map.entry("旅游局", "文化广电旅游体育局"), Map.entry("体育局", "文化广电旅游体育局"), Map.entry("广电局", "文化广电旅游体育局"),
            Map.entry("房产局", "住房和城乡建设局"), Map.entry("房管局", "住房和城乡建设局"), Map.entry("住建委", "住房和城乡建设局"),
            Map.entry("工商局", "市场监督管理局"), Map.entry("质监局", "市场监督管理局"), Map.entry("食药监局", "市场监督管理局"),
            Map.entry("物价局", "发展和改革委员会"), Map.entry("城管", "城市管理局"), Map.entry("公积金中心", "住房公积金管理中心"),
            Map.entry("公积金", "住房公积金管理中心"), Map.entry("监委", "纪委监委"), Map.entry("纪检委", "纪委监委"),
            Map.entry("派出所", "公安局"), Map.entry("水利局", "水务局"), Map.entry("经信委", "经济和信息化局"),
            Map.entry("教委", "教育局"), Map.entry("政务中心", "政务服务管理局"));
    private static final Set<Character> PLACE_ENDINGS = Set.of('省', '市', '区', '县', '镇');

    private final Directory directory;
    private final List<DirectoryOfficial> officials;
    private final NameSimilarity similarity = new NameSimilarity();
    private final NameSimilarity.Name[] names;
    private final double[] priors;
    private final Map<String, List<DirectoryUnit>> places = new HashMap<>();
    private final List<String> placeNames;
    private final Map<String, List<DirectoryUnit>> departmentsByCore = new HashMap<>();
    private final List<String> cores;
    private final List<String> aliases;
    private final List<String> titles;
    private final String cityId;

    public AddresseeMatcher(Directory directory, Collection<DirectoryOfficial> officials) {
        this.directory = directory;
        this.officials = List.copyOf(officials);
        String city = null;
        // In id order, so that units of the same name always come in the same order.
        for (DirectoryUnit u : directory.units().stream().sorted(Comparator.comparing(DirectoryUnit::id)).toList()) {
            switch (u.level()) {
                case DEPARTMENT -> departmentsByCore.computeIfAbsent(core(u), k -> new ArrayList<>()).add(u);
                case CITY -> {
                    city = city == null || u.id().compareTo(city) < 0 ? u.id() : city;
                    addGovernment(u.name(), u);
                }
                default -> {
                    if (u.level() == UnitLevel.PROVINCE || u.level() == UnitLevel.DISTRICT) {
                        addGovernment(u.name(), u);
                    } else {
                        addPlace(u.name(), u);
                    }
                    String parentName = directory.unit(u.parent()).map(DirectoryUnit::name).orElse("");
                    if (!parentName.isEmpty() && u.name().startsWith(parentName) && u.name().length() > parentName.length() + 1) {
                        addPlace(u.name().substring(parentName.length()), u);
                    }
                    if (u.level() == UnitLevel.PROVINCE && u.name().length() > 2 && u.name().endsWith("省")) {
                        addPlace(u.name().substring(0, u.name().length() - 1), u);
                    }
                }
            }
        }
        this.cityId = city;
        if (city != null) {
            // On the city's platform "市政府" and "市委" are the city's own.
            directory.unit(city).ifPresent(c -> List.of("市委市政府", "市人民政府", "市政府", "市委").forEach(w -> addPlace(w, c)));
        }
        this.placeNames = longestFirst(places.keySet());
        this.cores = longestFirst(departmentsByCore.keySet());
        this.aliases = longestFirst(DEPARTMENT_ALIASES.entrySet().stream()
                .filter(e -> departmentsByCore.containsKey(e.getValue())).map(Map.Entry::getKey).toList());
        Set<String> titleWords = new LinkedHashSet<>(COMMON_TITLES);
        for (DirectoryOfficial o : this.officials) {
            // Every tail of a title is a way to write it: 街道党工委书记, 党工委书记, 书记.
            for (int i = 0; i + 2 <= o.title().length(); i++) {
                titleWords.add(o.title().substring(i));
            }
        }
        this.titles = longestFirst(titleWords);
        this.names = this.officials.stream().map(o -> similarity.name(o.name())).toArray(NameSimilarity.Name[]::new);
        this.priors = this.officials.stream().mapToDouble(o -> prior(o.unitId())).toArray();
    }

    /** The one official or unit the addressee names, if the text names any. */
    public Optional<AddresseeMatch> match(String addressee) {
        Reading reading = read(addressee);
        List<Scored> scored = score(reading);
        if (scored.isEmpty() || scored.get(0).score() < FLOOR) {
            return unitMatches(reading).stream().findFirst();
        }
        double s1 = scored.get(0).score();
        double s2 = scored.size() > 1 ? scored.get(1).score() : 0;
        // A runner-up close behind makes the best one a guess.
        double confidence = s1 * Math.min(1, 0.5 + 0.5 * (s1 - s2) / CLEAR_MARGIN);
        return Optional.of(official(scored.get(0).official(), confidence));
    }

    /**
     * The officials the addressee most likely names, best first, each with its own score as
     * confidence (for a fuzzy search of the directory); or the units it names when it names no one.
     */
    public List<AddresseeMatch> candidates(String addressee, int limit) {
        Reading reading = read(addressee);
        List<Scored> scored = score(reading);
        if (scored.isEmpty() || scored.get(0).score() < FLOOR) {
            return unitMatches(reading).stream().limit(limit).toList();
        }
        return scored.stream().limit(limit).map(s -> official(s.official(), s.score())).toList();
    }

    // ---- reading the text ----

    /** What the text says: the units it names, the titles, the name (or null), how exactly the unit was named. */
    private record Reading(List<DirectoryUnit> units, boolean unitExact, List<String> titles, String name) {
    }

    private Reading read(String addressee) {
        String text = normalise(addressee);
        boolean[] used = new boolean[text.length()];
        List<DirectoryUnit> found = new ArrayList<>();
        for (String place : placeNames) {
            for (int at : occurrences(text, place, used)) {
                take(used, at, place.length());
                takeParticle(text, used, at + place.length());
                found.addAll(places.get(place));
                lendToTitle(text, used, at + place.length() - 1, PLACE_ENDINGS);
            }
        }
        List<DirectoryUnit> regions = deepest(found);

        Set<String> coresFound = new LinkedHashSet<>();
        boolean exact = true;
        for (String core : cores) {
            for (int at : occurrences(text, core, used)) {
                department(text, used, at, core.length(), regions);
                coresFound.add(core);
            }
        }
        for (String alias : aliases) {
            for (int at : occurrences(text, alias, used)) {
                department(text, used, at, alias.length(), regions);
                coresFound.add(DEPARTMENT_ALIASES.get(alias));
                exact = false;
            }
        }
        if (coresFound.isEmpty()) {
            for (int[] abbreviation : abbreviations(text, used)) {
                department(text, used, abbreviation[0], abbreviation[1], regions);
                coresFound.add(cores.get(abbreviation[2]));
                exact = false;
            }
        }

        List<String> titlesFound = new ArrayList<>();
        for (String title : titles) {
            for (int at : occurrences(text, title, used)) {
                take(used, at, title.length());
                titlesFound.add(title);
            }
        }

        StringBuilder name = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (!used[i] && Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
                name.append(text.charAt(i));
            }
        }
        List<DirectoryUnit> units = coresFound.isEmpty() ? regions : departments(coresFound, regions);
        return new Reading(units, exact, titlesFound,
                name.length() == 0 || name.length() > LONGEST_NAME ? null : name.toString());
    }

    private static String normalise(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toUpperCase();
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                kept.append(c);
            }
        }
        s = kept.toString();
        for (String noise : NOISE) {
            s = s.replace(noise, "");
        }
        // A leading 致/给 ("致胡书记") and a trailing 收 are how letters are addressed, not names.
        if (s.length() > 1 && (s.charAt(0) == '致' || s.charAt(0) == '给')) {
            s = s.substring(1);
        }
        if (s.length() > 1 && s.endsWith("收")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private void department(String text, boolean[] used, int at, int length, List<DirectoryUnit> regions) {
        take(used, at, length);
        takeParticle(text, used, at + length);
        // "市教育局", "区教育局": the tier without the place's name.
        if (at > 0 && !used[at - 1] && (text.charAt(at - 1) == '市' || text.charAt(at - 1) == '区' || text.charAt(at - 1) == '省')) {
            used[at - 1] = true;
            if (text.charAt(at - 1) == '市' && regions.isEmpty() && cityId != null) {
                directory.unit(cityId).ifPresent(regions::add);
            }
        }
        lendToTitle(text, used, at + length - 1, Set.of('局'));
    }

    /** "教育局的钟局长": the particle after a unit belongs to no name. */
    private static void takeParticle(String text, boolean[] used, int at) {
        if (at < text.length() && text.charAt(at) == '的' && !used[at]) {
            used[at] = true;
        }
    }

    /** "A市长", "教育局长": the place's or department's last character is also the title's first. */
    private static void lendToTitle(String text, boolean[] used, int last, Set<Character> endings) {
        if (last + 1 < text.length() && text.charAt(last + 1) == '长' && !used[last + 1] && endings.contains(text.charAt(last))) {
            used[last] = false;
        }
    }

    /** Abbreviations of department names: {start, length, core index}, longest first, not overlapping. */
    private List<int[]> abbreviations(String text, boolean[] used) {
        List<int[]> found = new ArrayList<>();
        for (int length = Math.min(8, text.length()); length >= 2; length--) {
            for (int at = 0; at + length <= text.length(); at++) {
                if (!free(used, at, length)) {
                    continue;
                }
                String s = text.substring(at, at + length);
                for (int c = 0; c < cores.size(); c++) {
                    if (abbreviates(s, cores.get(c))) {
                        found.add(new int[] {at, length, c});
                        take(used, at, length);
                        break;
                    }
                }
            }
        }
        for (int[] f : found) {
            // Taken only to keep them apart; department() takes them again with their neighbours.
            for (int i = f[0]; i < f[0] + f[1]; i++) {
                used[i] = false;
            }
        }
        return found;
    }

    static boolean abbreviates(String s, String core) {
        if (s.length() >= core.length() || s.charAt(0) != core.charAt(0) || s.charAt(s.length() - 1) != core.charAt(core.length() - 1)) {
            return false;
        }
        // Two characters are too easily found by chance unless they are the name's own start (纪委).
        if (s.length() == 2 && !core.startsWith(s)) {
            return false;
        }
        int j = 0;
        for (int i = 0; i < core.length() && j < s.length(); i++) {
            if (core.charAt(i) == s.charAt(j)) {
                j++;
            }
        }
        return j == s.length();
    }

    private List<DirectoryUnit> departments(Set<String> coresFound, List<DirectoryUnit> regions) {
        List<DirectoryUnit> result = new ArrayList<>();
        for (String core : coresFound) {
            List<DirectoryUnit> all = departmentsByCore.getOrDefault(core, List.of());
            List<DirectoryUnit> atTier = new ArrayList<>();
            for (DirectoryUnit region : regions) {
                // A department of a street's district serves the street.
                String tier = directory.ancestor(region.id(), UnitLevel.DISTRICT)
                        .or(() -> directory.ancestor(region.id(), UnitLevel.CITY)).map(DirectoryUnit::id).orElse(region.id());
                all.stream().filter(d -> tier.equals(d.parent())).forEach(atTier::add);
            }
            if (atTier.isEmpty()) {
                all.stream().filter(d -> d.parent() != null && d.parent().equals(cityId)).forEach(atTier::add);
            }
            result.addAll(atTier.isEmpty() ? all : atTier);
        }
        return result.stream().distinct().toList();
    }

    /** Of the places found, those not containing another one found: "A3区银盆岭街道" is the street. */
    private List<DirectoryUnit> deepest(List<DirectoryUnit> found) {
        List<DirectoryUnit> result = new ArrayList<>();
        for (DirectoryUnit u : found) {
            boolean containsAnother = found.stream().anyMatch(o -> o != u && above(u.id(), o.id()));
            if (!containsAnother && !result.contains(u)) {
                result.add(u);
            }
        }
        return result;
    }

    // ---- scoring ----

    private record Scored(DirectoryOfficial official, double score) {
    }

    private List<Scored> score(Reading reading) {
        if (reading.name() == null && reading.titles().isEmpty()) {
            return List.of();
        }
        List<Scored> scored = new ArrayList<>(officials.size());
        NameSimilarity.Name written = reading.name() == null ? null : similarity.name(reading.name());
        // With a full name the name decides; with a surname or a title alone, prominence does more.
        double unitWeight = !reading.units().isEmpty() ? UNIT_WEIGHT
                : written != null && written.length() > 1 ? PRIOR_WEIGHT_WITH_NAME : PRIOR_WEIGHT;
        Map<String, Double> titleScores = new HashMap<>(); // officials share a few dozen titles
        for (int i = 0; i < officials.size(); i++) {
            DirectoryOfficial o = officials.get(i);
            double weights = unitWeight;
            double sum = unitWeight * (reading.units().isEmpty() ? priors[i] : unitScore(reading.units(), o));
            if (written != null) {
                weights += NAME_WEIGHT;
                sum += NAME_WEIGHT * (written.length() == 1
                        ? SURNAME_ONLY * similarity.characters(written, 0, names[i], 0)
                        : similarity.names(written, names[i]));
            }
            if (!reading.titles().isEmpty()) {
                double title = titleScores.computeIfAbsent(o.title(), held -> reading.titles().stream()
                        .mapToDouble(t -> titleScore(t, held)).max().orElse(0));
                if (title == 0 && written == null) {
                    continue; // a title alone never names someone who holds another one
                }
                weights += TITLE_WEIGHT;
                sum += TITLE_WEIGHT * title;
            }
            scored.add(new Scored(o, sum / weights));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.official().id()));
        return scored;
    }

    static double titleScore(String written, String held) {
        if (written.contains("副") != held.contains("副") || written.length() < 2 || held.length() < 2
                || !written.endsWith(held.substring(held.length() - 2))) {
            return 0;
        }
        int j = 0;
        for (int i = 0; i < held.length() && j < written.length(); i++) {
            if (held.charAt(i) == written.charAt(j)) {
                j++;
            }
        }
        return j == written.length() ? 1 : TITLE_OTHER_RANK;
    }

    private double unitScore(List<DirectoryUnit> named, DirectoryOfficial o) {
        double best = 0;
        for (DirectoryUnit u : named) {
            double s;
            if (u.id().equals(o.unitId())) {
                s = 1;
            } else if (above(u.id(), o.unitId())) {
                s = 0.8;
            } else if (u.level() == UnitLevel.DEPARTMENT && directory.unit(o.unitId())
                    .filter(d -> d.level() == UnitLevel.DEPARTMENT && core(d).equals(core(u))).isPresent()) {
                s = 0.6;
            } else if (above(o.unitId(), u.id())) {
                s = 0.4;
            } else {
                s = 0;
            }
            best = Math.max(best, s);
        }
        return best;
    }

    private double prior(String unitId) {
        Optional<DirectoryUnit> unit = directory.unit(unitId);
        if (unit.isEmpty()) {
            return 0;
        }
        return switch (unit.get().level()) {
            case CITY -> 1.0;
            case PROVINCE -> 0.9;
            case DISTRICT -> 0.8;
            case DEPARTMENT -> directory.unit(unit.get().parent()).filter(p -> p.level() == UnitLevel.CITY).isPresent() ? 0.7 : 0.6;
            case STREET -> 0.5;
            case COMMUNITY -> 0.4;
        };
    }

    // ---- answers ----

    private AddresseeMatch official(DirectoryOfficial o, double confidence) {
        Optional<DirectoryUnit> unit = directory.unit(o.unitId());
        return new AddresseeMatch(AddresseeMatch.Kind.OFFICIAL, o.id(), o.name(), o.title(), o.unitId(),
                unit.map(DirectoryUnit::name).orElse(null), unit.map(AddresseeMatcher::isGovernment).orElse(false), round(confidence));
    }

    private List<AddresseeMatch> unitMatches(Reading reading) {
        Map<String, DirectoryUnit> mailboxes = new LinkedHashMap<>();
        for (DirectoryUnit u : reading.units()) {
            DirectoryUnit m = u;
            while (!m.mailbox() && m.parent() != null && directory.unit(m.parent()).isPresent()) {
                m = directory.unit(m.parent()).get();
            }
            mailboxes.putIfAbsent(m.id(), m);
        }
        double confidence = (reading.unitExact() ? 1.0 : 0.8) / Math.max(1, mailboxes.size());
        return mailboxes.values().stream().map(u -> new AddresseeMatch(AddresseeMatch.Kind.UNIT, null, null, null,
                u.id(), u.name(), isGovernment(u), round(confidence))).toList();
    }

    // ---- small helpers ----

    private static boolean isGovernment(DirectoryUnit u) {
        return u.level() == UnitLevel.PROVINCE || u.level() == UnitLevel.CITY || u.level() == UnitLevel.DISTRICT;
    }

    private String core(DirectoryUnit department) {
        String parentName = directory.unit(department.parent()).map(DirectoryUnit::name).orElse("");
        return !parentName.isEmpty() && department.name().startsWith(parentName) && department.name().length() > parentName.length()
                ? department.name().substring(parentName.length()) : department.name();
    }

    /** Whether {@code upper} is a strict ancestor of {@code lower}. */
    private boolean above(String upper, String lower) {
        Optional<DirectoryUnit> u = directory.unit(lower);
        for (int depth = 0; u.isPresent() && depth < 16; depth++) {
            String parent = u.get().parent();
            if (parent == null) {
                return false;
            }
            if (parent.equals(upper)) {
                return true;
            }
            u = directory.unit(parent);
        }
        return false;
    }

    /** A government is also named by its people's government and its party committee: A3区人民政府, A3区委. */
    private void addGovernment(String name, DirectoryUnit unit) {
        for (String suffix : List.of("", "人民政府", "政府", "委")) {
            addPlace(name + suffix, unit);
        }
    }

    private void addPlace(String name, DirectoryUnit unit) {
        List<DirectoryUnit> named = places.computeIfAbsent(name, k -> new ArrayList<>());
        if (!named.contains(unit)) {
            named.add(unit);
        }
    }

    private static List<String> longestFirst(Collection<String> words) {
        TreeSet<String> sorted = new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        sorted.addAll(words);
        return List.copyOf(sorted);
    }

    private static List<Integer> occurrences(String text, String word, boolean[] used) {
        List<Integer> result = new ArrayList<>();
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            if (free(used, at, word.length())) {
                result.add(at);
                take(used, at, word.length());
            }
        }
        for (int at : result) {
            for (int i = at; i < at + word.length(); i++) {
                used[i] = false;
            }
        }
        return result;
    }

    private static boolean free(boolean[] used, int at, int length) {
        for (int i = at; i < at + length; i++) {
            if (used[i]) {
                return false;
            }
        }
        return true;
    }

    private static void take(boolean[] used, int at, int length) {
        for (int i = at; i < at + length; i++) {
            used[i] = true;
        }
    }

    private static double round(double confidence) {
        return Math.round(confidence * 1000) / 1000.0;
    }
}
