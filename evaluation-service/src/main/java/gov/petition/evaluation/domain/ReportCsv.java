package gov.petition.evaluation.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a period's figures as CSV for spreadsheets: UTF-8 with a byte-order mark, which Excel needs to read Chinese. */
public final class ReportCsv {

    private static final String BOM = "\uFEFF";
    private static final List<String> HEADER = List.of("scope", "id", "name", "received", "accepted", "rejected",
            "repliesDue", "repliedOnTime", "completed", "rated", "satisfied", "basicallySatisfied", "unsatisfied",
            "solved", "acceptanceRate", "replyRate", "completionRate", "satisfactionRate", "resolutionRate",
            "avgReplyWorkingHours", "flags", "notRated");

    private ReportCsv() {
    }

    /** Units first, then districts, then the city total; {@code unitNames} gives the units' names where known. */
    public static byte[] write(MonthlyFigures.Breakdown figures, Map<String, String> unitNames) {
        StringBuilder out = new StringBuilder(BOM);
        line(out, HEADER);
        figures.units().forEach(f -> line(out, row("unit", unitNames.get(f.unitId()), f)));
        figures.districts().forEach(f -> line(out, row("district", districtName(f.unitId()), f)));
        line(out, row("city", "A市", figures.city()));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String districtName(String districtId) {
        return districtId.substring(districtId.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT) + "区";
    }

    private static List<String> row(String scope, String name, UnitFigures f) {
        List<String> cells = new ArrayList<>(List.of(scope, f.unitId(), name == null ? "" : name));
        for (long n : new long[]{f.received(), f.accepted(), f.rejected(), f.repliesDue(), f.repliedOnTime(), f.completed(),
                f.rated(), f.satisfied(), f.basicallySatisfied(), f.unsatisfied(), f.solved()}) {
            cells.add(Long.toString(n));
        }
        for (Double d : new Double[]{f.acceptanceRate(), f.replyRate(), f.completionRate(), f.satisfactionRate(),
                f.resolutionRate(), f.avgReplyWorkingHours()}) {
            cells.add(d == null ? "" : String.format(Locale.ROOT, "%.4f", d));
        }
        cells.add(String.join(";", f.flags()));
        cells.add(Long.toString(f.notRated()));
        return cells;
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    private static String cell(String value) {
        // A leading = + - @ would make a spreadsheet run the cell as a formula.
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d.*") ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
