package gov.petition.evaluation.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.petition.evaluation.config.EvaluationConfig;
import gov.petition.evaluation.domain.ProblemTerms;
import gov.petition.evaluation.domain.TrackingCodes;
import gov.petition.evaluation.repository.CaseFact;
import gov.petition.evaluation.repository.Hotspot;
import gov.petition.events.EventTypes;
import gov.petition.events.Topics;
import gov.petition.events.outbox.Outbox;
import gov.petition.events.payload.HotspotDetected;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Hot spots (Chengdu's old lifts): at least N cases about the same thing in one place within D days. A case is
 * checked once it has both its words (from intake) and its place (the street or district of its region code, else
 * the district of its unit). A hot spot keeps one id per place and topic, so a growing one is reported again under
 * the same id, with the cases now in its window and the trend against the window before.
 */
@ApplicationScoped
public class Hotspots {

    private static final Logger LOG = Logger.getLogger(Hotspots.class);
    private static final int KEYWORDS = 5;

    private final Outbox outbox;
    private final EvaluationConfig config;
    private final ObjectMapper json;

    public Hotspots(Outbox outbox, EvaluationConfig config, ObjectMapper json) {
        this.outbox = outbox;
        this.config = config;
        this.json = json;
    }

    /** Inside the consumer's transaction, after the case's facts were written. */
    public Uni<Void> check(String caseId) {
        return CaseFact.<CaseFact>findById(caseId).chain(fact -> {
            if (fact == null || fact.place == null || fact.terms == null || fact.receivedAt == null) {
                return Uni.createFrom().voidItem();
            }
            Set<String> terms = ProblemTerms.split(fact.terms);
            double threshold = config.hotspots().similarity();
            OffsetDateTime end = fact.receivedAt;
            OffsetDateTime start = end.minusDays(config.hotspots().windowDays());
            OffsetDateTime previousStart = start.minusDays(config.hotspots().windowDays());
            return CaseFact.<CaseFact>list("place = ?1 and terms is not null and receivedAt >= ?2 and receivedAt <= ?3",
                    fact.place, previousStart, end).chain(nearby -> {
                List<CaseFact> similar = nearby.stream()
                        .filter(c -> ProblemTerms.similarity(terms, ProblemTerms.split(c.terms)) >= threshold).toList();
                List<CaseFact> inWindow = similar.stream().filter(c -> !c.receivedAt.isBefore(start))
                        .sorted(Comparator.comparing((CaseFact c) -> c.receivedAt).thenComparing(c -> c.caseId)).toList();
                if (inWindow.size() < config.hotspots().minCases()) {
                    return Uni.createFrom().voidItem();
                }
                int previous = similar.size() - inWindow.size();
                List<String> keywords = ProblemTerms.shared(inWindow.stream().map(c -> ProblemTerms.split(c.terms)).toList(), KEYWORDS);
                List<String> caseIds = inWindow.stream().map(c -> c.caseId).toList();
                return Hotspot.<Hotspot>list("place", fact.place).chain(known -> {
                    // The same topic: a hot spot of this place whose words the case mostly shares (two, or all if it has fewer).
                    Hotspot same = known.stream()
                            .filter(h -> sharedWords(h, terms) >= Math.min(2, h.keywords.split(" ").length))
                            .max(Comparator.comparingLong((Hotspot h) -> sharedWords(h, terms)).thenComparing(h -> h.hotspotId))
                            .orElse(null);
                    if (same != null && read(same.caseIds).containsAll(caseIds)) {
                        return Uni.createFrom().voidItem(); // nothing new in it (e.g. a redelivered event)
                    }
                    Hotspot h = same == null ? new Hotspot() : same;
                    if (same == null) {
                        h.hotspotId = idFor(fact.place, keywords);
                        h.place = fact.place;
                        h.placeName = placeName(fact);
                    }
                    h.keywords = String.join(" ", keywords.isEmpty() ? List.copyOf(terms).subList(0, Math.min(3, terms.size())) : keywords);
                    h.caseIds = write(caseIds);
                    h.caseCount = caseIds.size();
                    h.previousCount = previous;
                    h.trend = caseIds.size() > previous ? "RISING" : caseIds.size() < previous ? "FALLING" : "STEADY";
                    h.windowStart = start;
                    h.windowEnd = end;
                    h.detectedAt = CaseClosing.now();
                    var detected = new HotspotDetected(h.hotspotId, h.place, h.placeName, List.of(h.keywords.split(" ")), caseIds,
                            start, end, previous, h.trend, h.detectedAt);
                    LOG.infof("case %s: hot spot %s at %s: %d similar cases in %d days (%s, %d before), words %s", caseId, h.hotspotId,
                            h.place, caseIds.size(), config.hotspots().windowDays(), h.trend, previous, h.keywords);
                    Uni<?> saved = same == null ? h.persist() : Uni.createFrom().item(h);
                    return saved.chain(() -> outbox.appendTo(Topics.EVALUATION, h.hotspotId, EventTypes.HOTSPOT_DETECTED, h.hotspotId, detected))
                            .replaceWithVoid();
                });
            });
        });
    }

    private static long sharedWords(Hotspot h, Set<String> terms) {
        return List.of(h.keywords.split(" ")).stream().filter(terms::contains).count();
    }

    /** Stable for a place and its topic words. */
    static String idFor(String place, List<String> keywords) {
        String topic = String.join(" ", ProblemTerms.sorted(keywords.subList(0, Math.min(3, keywords.size()))));
        return "HS-" + place + "-" + TrackingCodes.hash(place + "|" + topic).substring(0, 10);
    }

    private static String placeName(CaseFact fact) {
        if (fact.place.matches("xd\\.a\\.a\\d+")) {
            return fact.place.substring(fact.place.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT) + "区";
        }
        return fact.place.equals(fact.unitId) && fact.unitName != null ? fact.unitName : fact.place;
    }

    private String write(List<String> ids) {
        try {
            return json.writeValueAsString(ids);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> read(String text) {
        try {
            return json.readValue(text, new TypeReference<List<String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
