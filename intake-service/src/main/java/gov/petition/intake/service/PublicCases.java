package gov.petition.intake.service;

import gov.petition.http.Page;
import gov.petition.intake.api.CaseView;
import gov.petition.intake.api.PublicCase;
import gov.petition.intake.domain.ChineseTokens;
import gov.petition.intake.domain.Redactor;
import gov.petition.intake.repository.TimelineEntry;
import io.quarkus.hibernate.reactive.panache.Panache;
import gov.petition.events.CpuWork;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Searches the disclosed cases (公开): only PUBLIC ones, only their redacted text. */
@ApplicationScoped
public class PublicCases {

    /** What the public may filter by; nulls do not filter. */
    public record Query(String text, String unitId, String category, String status, OffsetDateTime from, OffsetDateTime to,
                        int page, int size) {
    }

    private static final String REPLIED = "gov.petition.case.replied";

    public Uni<Page<PublicCase>> search(Query query) {
        // Segmenting the query is CPU work.
        return CpuWork.offEventLoop(() -> query.text() == null || query.text().isBlank() ? null : ChineseTokens.of(query.text()))
                .chain(words -> Panache.withSession(() -> find(query, words)));
    }

    private Uni<Page<PublicCase>> find(Query query, String words) {
        StringBuilder where = new StringBuilder(" from petition where disclosure = 'PUBLIC'");
        Map<String, Object> params = new HashMap<>();
        if (words != null && !words.isBlank()) {
            where.append(" and to_tsvector('simple', coalesce(search_tokens, '')) @@ plainto_tsquery('simple', :words)");
            params.put("words", words);
        }
        condition(where, params, "unit_id", "unitId", query.unitId(), "=");
        condition(where, params, "category", "category", query.category(), "=");
        condition(where, params, "status", "status", query.status(), "=");
        condition(where, params, "received_at", "from", query.from(), ">=");
        condition(where, params, "received_at", "to", query.to(), "<");
        String select = "select case_id, public_title, public_content, category, channel, status, unit_id, unit_name, received_at, citizen_name"
                + where + " order by received_at desc, case_id desc limit :limit offset :offset";
        return Panache.getSession().chain(session -> {
            var rows = session.createNativeQuery(select, Object[].class);
            var count = session.createNativeQuery("select count(*)" + where, Long.class);
            params.forEach((k, v) -> {
                rows.setParameter(k, v);
                count.setParameter(k, v);
            });
            rows.setParameter("limit", query.size()).setParameter("offset", query.page() * query.size());
            return rows.getResultList().chain(list -> count.getSingleResult().chain(total -> withReplies(list)
                    .map(items -> new Page<>(items, total, query.page(), query.size()))));
        });
    }

    private Uni<List<PublicCase>> withReplies(List<Object[]> rows) {
        List<String> ids = rows.stream().map(r -> (String) r[0]).toList();
        Uni<List<TimelineEntry>> replies = ids.isEmpty() ? Uni.createFrom().item(List.of())
                : TimelineEntry.list("caseId in ?1 and type = ?2 order by at", ids, REPLIED);
        return replies.map(entries -> {
            Map<String, List<TimelineEntry>> byCase = entries.stream().collect(Collectors.groupingBy(e -> e.caseId));
            List<PublicCase> items = new ArrayList<>();
            for (Object[] r : rows) {
                String caseId = (String) r[0];
                List<String> names = r[9] == null ? List.of() : List.of((String) r[9]);
                List<PublicCase.Reply> caseReplies = byCase.getOrDefault(caseId, List.of()).stream()
                        .map(e -> new PublicCase.Reply(e.at, e.unitId, e.unitName, e.by, Redactor.redact(e.text, names))).toList();
                CaseView.Unit unit = r[6] == null ? null : new CaseView.Unit((String) r[6], (String) r[7]);
                items.add(new PublicCase(caseId, (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5], unit,
                        toOffset(r[8]), caseReplies));
            }
            return items;
        });
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String column, String name, Object value, String op) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            where.append(" and ").append(column).append(' ').append(op).append(" :").append(name);
            params.put(name, value);
        }
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.time.LocalDateTime ldt) {
            return ldt.atOffset(java.time.ZoneOffset.UTC);
        }
        return value == null ? null : OffsetDateTime.parse(value.toString());
    }
}
