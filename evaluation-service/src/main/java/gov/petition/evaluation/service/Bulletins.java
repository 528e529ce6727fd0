package gov.petition.evaluation.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.petition.evaluation.domain.Period;
import gov.petition.evaluation.repository.Bulletin;
import gov.petition.events.EventTypes;
import gov.petition.events.Topics;
import gov.petition.events.outbox.Outbox;
import gov.petition.events.payload.BulletinPublished;
import gov.petition.http.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;

/**
 * The monthly bulletin (一月一通报): the units flagged by the consecutive-month rules, published once per period
 * whoever asks first (staff, or the first-working-day job on any instance): the bulletin row's primary key decides.
 */
@ApplicationScoped
public class Bulletins {

    private static final Logger LOG = Logger.getLogger(Bulletins.class);
    private static final String INSERT = """
            insert into bulletin (period, payload, published_at) values (:period, :payload, :at)
            on conflict (period) do nothing""";

    /** The bulletin and whether this call published it. */
    public record Published(BulletinPublished bulletin, boolean newlyPublished) {
    }

    private final Outbox outbox;
    private final Reports reports;
    private final ObjectMapper json;

    public Bulletins(Outbox outbox, Reports reports, ObjectMapper json) {
        this.outbox = outbox;
        this.reports = reports;
        this.json = json;
    }

    public Uni<Published> publish(Period period) {
        OffsetDateTime now = CaseClosing.now();
        if (now.isBefore(period.to())) {
            return Uni.createFrom().failure(ProblemException.conflict("Period " + period + " has not ended: its bulletin comes after it"));
        }
        return Panache.withTransaction(() -> Bulletin.<Bulletin>findById(period.toString()).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(new Published(read(existing.payload), false));
            }
            return reports.of(period).chain(report -> {
                var bulletin = new BulletinPublished(period.toString(), report.flags().stream()
                        .map(f -> new BulletinPublished.FlaggedUnit(f.unitId(), report.unitNames().get(f.unitId()), f.flag(), f.months()))
                        .toList(), now);
                return Panache.getSession().chain(s -> s.createNativeQuery(INSERT).setParameter("period", period.toString())
                        .setParameter("payload", write(bulletin)).setParameter("at", now).executeUpdate()).chain(inserted -> {
                    if (inserted == 0) { // another instance published it a moment ago
                        return Bulletin.<Bulletin>findById(period.toString()).map(b -> new Published(read(b.payload), false));
                    }
                    LOG.infof("bulletin %s published: %d units flagged", period, bulletin.flagged().size());
                    return outbox.appendTo(Topics.EVALUATION, period.toString(), EventTypes.BULLETIN_PUBLISHED, period.toString(), bulletin)
                            .replaceWith(new Published(bulletin, true));
                });
            });
        }));
    }

    private String write(BulletinPublished b) {
        try {
            return json.writeValueAsString(b);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private BulletinPublished read(String text) {
        try {
            return json.readValue(text, BulletinPublished.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
