package gov.petition.routing.service;

import gov.petition.events.EventTypes;
import gov.petition.events.outbox.Outbox;
import gov.petition.events.payload.CaseLinked;
import gov.petition.events.payload.CaseReceived;
import gov.petition.routing.config.RoutingConfig;
import gov.petition.routing.domain.TermVector;
import gov.petition.routing.repository.CaseTerms;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Links a new case to the open case it most resembles (smartcn words, cosine similarity): from the same
 * citizen (same phone or e-mail) at a lower threshold, or about the same place and category at a
 * higher one. The cases stay separate; a {@code gov.petition.case.linked} event says they belong together.
 * Only a bounded window of open cases is kept (by age and count), and contacts only as SHA-256 digests.
 */
@ApplicationScoped
public class DuplicateLinks {

    public static final String SAME_CITIZEN = "SAME_CITIZEN";
    public static final String SAME_PLACE_PROBLEM = "SAME_PLACE_PROBLEM";
    private static final int CANDIDATES = 200;
    private static final Logger LOG = Logger.getLogger(DuplicateLinks.class);

    private final RoutingConfig.Duplicates config;
    private final Outbox outbox;

    public DuplicateLinks(RoutingConfig config, Outbox outbox) {
        this.config = config.duplicates();
        this.outbox = outbox;
    }

    /** Links the case if it repeats an open one, then remembers it; inside the caller's transaction. */
    public Uni<Void> linkAndRemember(CaseReceived received, String category, TermVector terms, OffsetDateTime now) {
        CaseTerms entry = new CaseTerms();
        entry.caseId = received.caseId();
        entry.phoneDigest = received.citizen() == null ? null : digest(received.citizen().phone());
        entry.emailDigest = received.citizen() == null ? null : digest(received.citizen().email());
        entry.regionCode = received.location() == null ? null : received.location().regionCode();
        entry.category = category;
        entry.terms = terms.serialized();
        entry.receivedAt = received.receivedAt() == null ? now : received.receivedAt();
        OffsetDateTime since = now.minus(config.window());
        return sameCitizen(entry, since)
                .chain(citizen -> {
                    Link byCitizen = best(citizen, terms, config.sameCitizenThreshold(), SAME_CITIZEN);
                    return byCitizen != null ? Uni.createFrom().item(byCitizen)
                            : samePlace(entry, since).map(place -> best(place, terms, config.samePlaceThreshold(), SAME_PLACE_PROBLEM));
                })
                .chain(link -> link == null ? Uni.createFrom().voidItem()
                        : outbox.append(EventTypes.CASE_LINKED, entry.caseId, new CaseLinked(entry.caseId, link.caseId(), link.relation(),
                                        link.similarity(), now))
                        .invoke(() -> LOG.infof("case %s: linked to open case %s (%s, similarity %.2f)", entry.caseId, link.caseId(),
                                link.relation(), link.similarity()))
                        .replaceWithVoid())
                .chain(() -> terms.counts().isEmpty() ? Uni.createFrom().voidItem() : entry.persist().replaceWithVoid());
    }

    /** The case is no longer open: later cases are not linked to it. */
    public Uni<Void> forget(String caseId) {
        return CaseTerms.delete("caseId", caseId).replaceWithVoid();
    }

    /** Keeps the window bounded: drops cases past its age, then the oldest beyond its size. */
    public Uni<Long> prune(OffsetDateTime now) {
        return Panache.withTransaction(() -> CaseTerms.delete("receivedAt < ?1", now.minus(config.window()))
                .chain(aged -> Panache.getSession().chain(s -> s.createNativeQuery("""
                                delete from case_terms where case_id in
                                  (select case_id from case_terms order by received_at desc offset :keep)""")
                        .setParameter("keep", config.maxCases()).executeUpdate()).map(excess -> aged + excess)));
    }

    private record Link(String caseId, String relation, double similarity) {
    }

    private Uni<List<CaseTerms>> sameCitizen(CaseTerms entry, OffsetDateTime since) {
        if (entry.phoneDigest == null && entry.emailDigest == null) {
            return Uni.createFrom().item(List.of());
        }
        return CaseTerms.<CaseTerms>find("(phoneDigest = ?1 or emailDigest = ?2) and receivedAt >= ?3 and caseId <> ?4 order by receivedAt desc",
                entry.phoneDigest == null ? "-" : entry.phoneDigest, entry.emailDigest == null ? "-" : entry.emailDigest, since, entry.caseId)
                .page(0, CANDIDATES).list();
    }

    private Uni<List<CaseTerms>> samePlace(CaseTerms entry, OffsetDateTime since) {
        if (entry.regionCode == null || entry.category == null) {
            return Uni.createFrom().item(List.of());
        }
        return CaseTerms.<CaseTerms>find("regionCode = ?1 and category = ?2 and receivedAt >= ?3 and caseId <> ?4 order by receivedAt desc",
                entry.regionCode, entry.category, since, entry.caseId).page(0, CANDIDATES).list();
    }

    private static Link best(List<CaseTerms> candidates, TermVector terms, double threshold, String relation) {
        Link best = null;
        for (CaseTerms c : candidates) {
            double similarity = terms.cosine(TermVector.parse(c.terms));
            if (similarity >= threshold && (best == null || similarity > best.similarity())) {
                best = new Link(c.caseId, relation, Math.round(similarity * 1000) / 1000.0);
            }
        }
        return best;
    }

    static String digest(String contact) {
        if (contact == null || contact.isBlank()) {
            return null;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(contact.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
