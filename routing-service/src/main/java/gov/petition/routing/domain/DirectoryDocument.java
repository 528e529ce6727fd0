package gov.petition.routing.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A whole directory as imported (the shape of directory.json): its units and officials. {@link #problems()}
 * lists what makes it unusable, each with the JSON path of the field at fault.
 */
public record DirectoryDocument(String name, List<Unit> units, List<Official> officials) {

    /** A unit as written in the document. */
    public record Unit(String id, String name, String level, String parent, List<String> categories, Boolean mailbox) {
    }

    /** An official as written in the document; {@code unit} is the unit id. */
    public record Official(String id, String name, String title, String unit) {
    }

    /** One problem: the field and what is wrong with it. */
    public record Problem(String field, String message) {
    }

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (units == null || units.isEmpty()) {
            problems.add(new Problem("units", "must list at least one unit"));
            return problems;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            String at = "units[" + i + "]";
            if (u == null || blank(u.id())) {
                problems.add(new Problem(at + ".id", "must not be blank"));
                continue;
            }
            if (!ids.add(u.id())) {
                problems.add(new Problem(at + ".id", "duplicate unit id " + u.id()));
            }
            if (blank(u.name())) {
                problems.add(new Problem(at + ".name", "must not be blank"));
            }
            if (u.level() == null || !validLevel(u.level())) {
                problems.add(new Problem(at + ".level", "must be one of PROVINCE, CITY, DISTRICT, DEPARTMENT, STREET, COMMUNITY"));
            }
            if (u.id().length() > 64 || (u.name() != null && u.name().length() > 100)) {
                problems.add(new Problem(at, "id at most 64 and name at most 100 characters"));
            }
            if (u.categories() != null && String.join(",", u.categories()).length() > 500) {
                problems.add(new Problem(at + ".categories", "at most 500 characters in all"));
            }
        }
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u != null && u.parent() != null && !ids.contains(u.parent())) {
                problems.add(new Problem("units[" + i + "].parent", "unknown parent unit " + u.parent()));
            }
        }
        Set<String> officialIds = new HashSet<>();
        List<Official> list = officials == null ? List.of() : officials;
        for (int i = 0; i < list.size(); i++) {
            Official o = list.get(i);
            String at = "officials[" + i + "]";
            if (o == null || blank(o.id())) {
                problems.add(new Problem(at + ".id", "must not be blank"));
                continue;
            }
            if (!officialIds.add(o.id())) {
                problems.add(new Problem(at + ".id", "duplicate official id " + o.id()));
            }
            if (blank(o.name()) || o.name().length() > 50) {
                problems.add(new Problem(at + ".name", "must be 1 to 50 characters"));
            }
            if (o.title() == null || o.title().length() > 50) {
                problems.add(new Problem(at + ".title", "must be present, at most 50 characters"));
            }
            if (o.unit() == null || !ids.contains(o.unit())) {
                problems.add(new Problem(at + ".unit", "unknown unit " + o.unit()));
            }
        }
        return problems;
    }

    public List<DirectoryUnit> directoryUnits() {
        return units.stream().map(u -> new DirectoryUnit(u.id(), u.name(), UnitLevel.valueOf(u.level()), u.parent(),
                u.categories() == null ? List.of() : List.copyOf(u.categories()), u.mailbox() == null || u.mailbox())).toList();
    }

    public List<DirectoryOfficial> directoryOfficials() {
        return officials == null ? List.of()
                : officials.stream().map(o -> new DirectoryOfficial(o.id(), o.name(), o.title(), o.unit())).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean validLevel(String level) {
        for (UnitLevel l : UnitLevel.values()) {
            if (l.name().equals(level)) {
                return true;
            }
        }
        return false;
    }
}
