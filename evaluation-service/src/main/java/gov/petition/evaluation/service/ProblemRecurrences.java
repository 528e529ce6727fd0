package gov.petition.evaluation.service;

import gov.petition.evaluation.config.EvaluationConfig;
import gov.petition.evaluation.domain.ProblemTerms;
import gov.petition.evaluation.repository.CaseFact;
import gov.petition.events.EventTypes;
import gov.petition.events.outbox.Outbox;
import gov.petition.events.payload.ProblemRecurred;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Guangyuan's rule: the same citizen's same problem left unresolved twice goes to the supervision office
 * (督查督办). "Same citizen" is the hash of their phone or e-mail from intake; "same problem" is the term
 * similarity of the two cases; "unresolved" is a rating saying not solved or a return visit finding it unsolved.
 */
@ApplicationScoped
public class ProblemRecurrences {

    private static final Logger LOG = Logger.getLogger(ProblemRecurrences.class);

    private final Outbox outbox;
    private final EvaluationConfig config;

    public ProblemRecurrences(Outbox outbox, EvaluationConfig config) {
        this.outbox = outbox;
        this.config = config;
    }

    /** Marks the case unresolved and reports a recurrence once per case. Inside the caller's transaction. */
    public Uni<Void> unresolved(CaseFact fact, OffsetDateTime at) {
        fact.unresolvedCount++;
        if (fact.citizenHash == null || fact.recurrenceReported) {
            return Uni.createFrom().voidItem();
        }
        Set<String> terms = ProblemTerms.split(fact.terms);
        return CaseFact.<CaseFact>list("citizenHash = ?1 and caseId <> ?2 and unresolvedCount > 0", fact.citizenHash, fact.caseId)
                .chain(others -> {
                    record Match(String caseId, double similarity) {
                    }
                    List<Match> earlier = others.stream()
                            .map(o -> new Match(o.caseId, ProblemTerms.similarity(terms, ProblemTerms.split(o.terms))))
                            .filter(m -> m.similarity() >= config.recurrence().similarity())
                            .sorted(Comparator.comparingDouble(Match::similarity).reversed().thenComparing(Match::caseId))
                            .toList();
                    if (earlier.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    fact.recurrenceReported = true;
                    double closest = Math.round(earlier.get(0).similarity() * 1000) / 1000.0;
                    List<String> ids = earlier.stream().map(Match::caseId).toList();
                    LOG.infof("case %s: the same problem stayed unresolved before in %s (similarity %.2f): to supervision",
                            fact.caseId, ids, closest);
                    return outbox.append(EventTypes.PROBLEM_RECURRED, fact.caseId,
                            new ProblemRecurred(fact.caseId, fact.unitId, ids, closest, at)).replaceWithVoid();
                });
    }
}
