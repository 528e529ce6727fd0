package gov.petition.intake.service;

import gov.petition.events.CloudEventCodec;
import gov.petition.events.EventTypes;
import gov.petition.events.payload.CaseFollowedUp;
import gov.petition.intake.api.FollowUp;
import gov.petition.events.outbox.Outbox;
import gov.petition.events.payload.CaseReceived;
import gov.petition.http.ProblemException;
import gov.petition.intake.api.CaseView;
import gov.petition.intake.api.SubmitAnswer;
import gov.petition.intake.api.SubmitPetition;
import gov.petition.intake.config.IntakeConfig;
import gov.petition.intake.domain.ChannelRules;
import gov.petition.intake.domain.Regions;
import gov.petition.http.Problem;
import gov.petition.intake.domain.CaseNumbers;
import gov.petition.intake.domain.CaseStatus;
import gov.petition.intake.domain.ChineseTokens;
import gov.petition.intake.domain.Redactor;
import gov.petition.intake.domain.Disclosure;
import gov.petition.intake.domain.TimelineProjection;
import gov.petition.intake.domain.TimelineStep;
import gov.petition.intake.repository.Petition;
import gov.petition.intake.repository.TimelineEntry;
import io.quarkus.hibernate.reactive.panache.Panache;
import gov.petition.events.CpuWork;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Receives petitions (one case per channel message) and answers the citizen's view of a case. */
@ApplicationScoped
public class PetitionIntake {

    private static final Logger LOG = Logger.getLogger(PetitionIntake.class);

    /** The answer to a submission, and whether this call created the case or replayed an earlier one. */
    public record Submission(SubmitAnswer answer, boolean created) {
    }

    private final Outbox outbox;
    private final CloudEventCodec codec;
    private final CaseNumbers numbers;
    private final Regions regions;

    public PetitionIntake(Outbox outbox, CloudEventCodec codec, IntakeConfig config, Regions regions) {
        this.regions = regions;
        this.outbox = outbox;
        this.codec = codec;
        this.numbers = new CaseNumbers(config.casePrefix());
    }

    public Uni<Submission> submit(SubmitPetition request, String idempotencyKey) {
        List<Problem.FieldError> errors = ChannelRules.check(request, regions);
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(errors));
        }
        // Redaction and word segmentation are CPU work.
        return CpuWork.offEventLoop(() -> PublicText.of(request))
                .chain(publicText -> submit(request, idempotencyKey, publicText));
    }

    private Uni<Submission> submit(SubmitPetition request, String idempotencyKey, PublicText publicText) {
        return Panache.withTransaction(() -> Petition.findSubmission(request.channel(), request.externalId(), idempotencyKey)
                        .chain(existing -> existing != null ? Uni.createFrom().item(replay(existing))
                                : create(request, idempotencyKey, publicText)))
                // A concurrent duplicate lost the race on the unique index: answer with the winner's case.
                .onFailure(PetitionIntake::isUniqueViolation).recoverWithUni(() -> Panache.withSession(
                        () -> Petition.findSubmission(request.channel(), request.externalId(), idempotencyKey))
                        .map(existing -> {
                            if (existing == null) {
                                throw ProblemException.conflict("The submission conflicts with another one; retry it");
                            }
                            return replay(existing);
                        }));
    }

    /** What the public may read of a disclosed petition; null parts for a private one. */
    record PublicText(String title, String content, String searchTokens) {
        static PublicText of(SubmitPetition r) {
            if (r.disclosure() != Disclosure.PUBLIC) {
                return new PublicText(null, null, null);
            }
            List<String> names = r.citizen() == null || r.citizen().name() == null ? List.of() : List.of(r.citizen().name());
            String title = Redactor.redact(r.title().strip(), names);
            String content = Redactor.redact(r.content().strip(), names);
            return new PublicText(title, content, ChineseTokens.of(title, content));
        }
    }

    private Uni<Submission> create(SubmitPetition request, String idempotencyKey, PublicText publicText) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return Panache.getSession()
                .chain(s -> s.createNativeQuery("select nextval('case_number_seq')", Long.class).getSingleResult())
                .chain(sequence -> {
                    Petition p = newPetition(request, idempotencyKey, numbers.caseId(sequence, now), numbers.trackingCode(), now);
                    p.publicTitle = publicText.title();
                    p.publicContent = publicText.content();
                    p.searchTokens = publicText.searchTokens();
                    return p.<Petition>persist()
                            .chain(() -> outbox.append(EventTypes.CASE_RECEIVED, p.caseId, received(p)))
                            .chain(eventId -> TimelineEntry.record(TimelineProjection.stepOf(eventId.toString(),
                                    EventTypes.CASE_RECEIVED, p.caseId, now, null)))
                            .map(ignored -> {
                                LOG.infof("case %s: received from %s as %s", p.caseId, p.channel, p.externalId);
                                return new Submission(answer(p), true);
                            });
                });
    }

    /** Adds the citizen's follow-up to their open case; the unit holding it is told through the event. */
    public Uni<FollowUp.Answer> followUp(String caseId, FollowUp followUp) {
        return Panache.withTransaction(() -> Petition.<Petition>findById(caseId).chain(p -> {
            if (!codeMatches(p, followUp.trackingCode())) {
                return Uni.createFrom().failure(ProblemException.notFound("No case " + caseId + " with this tracking code"));
            }
            if (p.status == CaseStatus.CLOSED) {
                return Uni.createFrom().failure(ProblemException.conflict("Case " + caseId + " is closed; submit a new petition"));
            }
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            String followUpId = java.util.UUID.randomUUID().toString();
            var payload = new CaseFollowedUp(caseId, followUpId, followUp.text().strip(), now);
            return outbox.append(EventTypes.CASE_FOLLOWED_UP, caseId, payload)
                    .chain(eventId -> TimelineEntry.record(TimelineProjection.stepOf(eventId.toString(), EventTypes.CASE_FOLLOWED_UP,
                            caseId, now, codec.tree(payload))))
                    .invoke(() -> LOG.infof("case %s: follow-up %s from the citizen", caseId, followUpId))
                    .replaceWith(new FollowUp.Answer(caseId, followUpId));
        }));
    }

    /** The citizen's view; an unknown case and a wrong code answer the same, so codes cannot be probed. */
    public Uni<CaseView> view(String caseId, String trackingCode) {
        return Panache.withSession(() -> Petition.<Petition>findById(caseId).chain(p -> {
            if (!codeMatches(p, trackingCode)) {
                return Uni.createFrom().failure(ProblemException.notFound("No case " + caseId + " with this tracking code"));
            }
            return TimelineEntry.forCase(caseId).map(steps -> view(p, steps));
        }));
    }

    private static boolean codeMatches(Petition p, String trackingCode) {
        return p != null && trackingCode != null && MessageDigest.isEqual(
                p.trackingCode.getBytes(StandardCharsets.UTF_8), trackingCode.getBytes(StandardCharsets.UTF_8));
    }

    private static CaseView view(Petition p, List<TimelineStep> steps) {
        List<TimelineStep> ordered = TimelineProjection.ordered(steps);
        CaseStatus status = TimelineProjection.status(ordered);
        CaseView.Unit unit = TimelineProjection.currentUnit(ordered)
                .map(s -> new CaseView.Unit(s.unitId(), s.unitName())).orElse(null);
        List<CaseView.Step> timeline = ordered.stream()
                .map(s -> new CaseView.Step(s.type(), s.at(), s.unitId(), s.unitName(), s.by(), s.text())).toList();
        List<CaseView.Deadline> deadlines = TimelineProjection.deadlines(ordered).stream()
                .map(d -> new CaseView.Deadline(d.kind(), d.due(), d.met(), d.missed())).toList();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<CaseView.Hold> holds = TimelineProjection.holds(ordered).stream()
                .map(h -> new CaseView.Hold(h.unitId(), h.unitName(), h.from(), h.to(),
                        Math.round(java.time.Duration.between(h.from(), h.to() == null ? now : h.to()).toMinutes() / 6.0) / 10.0))
                .toList();
        CaseView.Urgency urgency = p.urgentSince == null ? null
                : new CaseView.Urgency(p.urgentKeyword, p.urgentRule, p.urgentSince);
        return new CaseView(p.caseId, status.name(), status.label(), p.title, p.channel.name(), p.receivedAt, unit, urgency,
                deadlines, timeline, holds);
    }

    private static Submission replay(Petition existing) {
        LOG.debugf("case %s: repeated submission %s from %s", existing.caseId, existing.externalId, existing.channel);
        return new Submission(answer(existing), false);
    }

    private static SubmitAnswer answer(Petition p) {
        return new SubmitAnswer(p.caseId, p.trackingCode, CaseStatus.RECEIVED.name());
    }

    private static Petition newPetition(SubmitPetition r, String idempotencyKey, String caseId, String trackingCode, OffsetDateTime now) {
        Petition p = new Petition();
        p.caseId = caseId;
        p.trackingCode = trackingCode;
        p.channel = r.channel();
        p.externalId = r.externalId().strip();
        p.idempotencyKey = idempotencyKey;
        p.title = r.title().strip();
        p.content = r.content().strip();
        p.addressee = r.addressee();
        p.category = r.category();
        if (r.location() != null) {
            p.regionCode = r.location().regionCode();
            p.address = r.location().address();
            p.lat = r.location().lat();
            p.lon = r.location().lon();
        }
        boolean anonymous = r.citizen() == null || r.citizen().anonymous();
        p.anonymous = anonymous;
        if (!anonymous) {
            p.citizenName = r.citizen().name();
            p.citizenPhone = r.citizen().phone();
            p.citizenEmail = r.citizen().email();
        }
        p.disclosure = r.disclosure() == null ? Disclosure.PRIVATE : r.disclosure();
        if (r.channelDetails() != null) {
            p.callId = blankToNull(r.channelDetails().callId());
            p.agentId = blankToNull(r.channelDetails().agentId());
            p.agentName = blankToNull(r.channelDetails().agentName());
            p.postId = blankToNull(r.channelDetails().postId());
            p.userHandle = blankToNull(r.channelDetails().userHandle());
            p.threadId = blankToNull(r.channelDetails().threadId());
        }
        p.receivedAt = now;
        return p;
    }

    private static CaseReceived received(Petition p) {
        CaseReceived.Location location = p.regionCode == null && p.address == null && p.lat == null && p.lon == null ? null
                : new CaseReceived.Location(p.regionCode, p.address, p.lat, p.lon);
        return new CaseReceived(p.caseId, p.trackingCode, p.channel.name(), p.externalId, p.title, p.content, p.addressee,
                p.category, location, new CaseReceived.Citizen(p.citizenName, p.citizenPhone, p.citizenEmail, p.anonymous),
                p.disclosure.name(), p.receivedAt, channelDetails(p));
    }

    private static CaseReceived.ChannelDetails channelDetails(Petition p) {
        if (p.callId == null && p.agentId == null && p.agentName == null && p.postId == null && p.userHandle == null
                && p.threadId == null) {
            return null;
        }
        return new CaseReceived.ChannelDetails(p.callId, p.agentId, p.agentName, p.postId, p.userHandle, p.threadId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PgException pg && "23505".equals(pg.getSqlState())
                    || t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
