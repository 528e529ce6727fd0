package gov.petition.routing.service;

import gov.petition.events.payload.CaseEscalated;
import gov.petition.routing.repository.CaseHold;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/** The units that held each case, one after another; must run inside the caller's transaction. */
@ApplicationScoped
public class CaseHolds {

    /** The case moves to a unit: the current hold ends and a new one begins. */
    public Uni<Void> moveTo(String caseId, String unitId, String unitName, OffsetDateTime at) {
        return list(caseId).chain(holds -> {
            int seq = holds.isEmpty() ? 1 : holds.get(holds.size() - 1).id.seq + 1;
            holds.stream().filter(h -> h.toAt == null).forEach(h -> h.toAt = at);
            CaseHold hold = new CaseHold();
            hold.id = new CaseHold.Key(caseId, seq);
            hold.unitId = unitId;
            hold.unitName = unitName == null ? unitId : unitName;
            hold.fromAt = at;
            return hold.persist().replaceWithVoid();
        });
    }

    /** Every hold of the case, the open one ending at {@code now}. */
    public Uni<List<CaseEscalated.UnitHold>> asOf(String caseId, OffsetDateTime now) {
        return list(caseId).map(holds -> holds.stream().map(h -> {
            OffsetDateTime to = h.toAt == null ? now : h.toAt;
            return new CaseEscalated.UnitHold(h.unitId, h.unitName, h.fromAt, to, Math.max(0, Duration.between(h.fromAt, to).toSeconds()));
        }).toList());
    }

    private static Uni<List<CaseHold>> list(String caseId) {
        return CaseHold.<CaseHold>find("id.caseId", Sort.by("id.seq"), caseId).list();
    }
}
