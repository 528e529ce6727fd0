package gov.petition.handling.service;

import gov.petition.handling.config.HandlingConfig;
import gov.petition.handling.domain.HolidayArrangement;
import gov.petition.handling.domain.WorkingCalendar;
import gov.petition.handling.repository.StoredCalendar;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holiday arrangements loaded at run time (next year's State Council notice): stored in the database, installed in
 * the working calendar on this instance at once and on the others at their next refresh; the years shipped with the
 * service apply until a year is stored.
 */
@ApplicationScoped
public class StoredCalendars {

    private static final Logger LOG = Logger.getLogger(StoredCalendars.class);

    private final WorkingCalendar calendar;
    private final HandlingConfig config;
    private final Vertx vertx;
    private final ProvisionalDeadlines provisional;
    private final Map<Integer, OffsetDateTime> installed = new ConcurrentHashMap<>();
    private long timerId = -1;

    public StoredCalendars(WorkingCalendar calendar, HandlingConfig config, Vertx vertx, ProvisionalDeadlines provisional) {
        this.provisional = provisional;
        this.calendar = calendar;
        this.config = config;
        this.vertx = vertx;
    }

    void onStart(@Observes StartupEvent event) {
        refreshOnContext();
        timerId = vertx.setPeriodic(config.calendar().refreshInterval().toMillis(), id -> refreshOnContext());
    }

    void onStop(@Observes ShutdownEvent event) {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
    }

    private void refreshOnContext() {
        BackgroundContext.run(vertx, () -> Panache.withSession(() -> StoredCalendar.<StoredCalendar>listAll()))
                .whenComplete((stored, failure) -> {
                    if (failure != null) {
                        LOG.warnf("stored calendars: cannot read them: %s", failure.toString());
                    } else {
                        installAll(stored);
                    }
                });
    }

    private void installAll(List<StoredCalendar> stored) {
        boolean any = false;
        for (StoredCalendar s : stored) {
            if (s.updatedAt.equals(installed.get(s.year))) {
                continue;
            }
            try {
                install(s);
                any = true;
            } catch (IllegalArgumentException e) {
                LOG.errorf("stored calendar %d is invalid, keeping the previous one: %s", s.year, e.getMessage());
            }
        }
        if (any) {
            // deadlines counted before this arrangement was known are counted again (idempotent on every instance)
            provisional.recountInBackground().whenComplete((moved, failure) -> {
                if (failure != null) {
                    LOG.warnf("provisional deadlines: recount failed, will retry with the next arrangement: %s", failure.toString());
                } else if (moved > 0) {
                    LOG.infof("provisional deadlines: %d moved with the arrangements now installed", moved);
                }
            });
        }
    }

    /** Installs a stored arrangement in this instance's calendar. */
    public void install(StoredCalendar s) {
        HolidayArrangement arrangement = HolidayArrangement.parse(s.year,
                new BufferedReader(new StringReader(s.arrangement)), "holiday_calendar:" + s.year);
        calendar.install(arrangement);
        installed.put(s.year, s.updatedAt);
        LOG.infof("holiday arrangement %d installed from the database (%s)", s.year, arrangement.source());
    }

    /** Stores an arrangement (replacing the year's earlier one); call inside a transaction, install after commit. */
    public static Uni<StoredCalendar> store(int year, String tsv, String source, String officialId) {
        return StoredCalendar.<StoredCalendar>findById(year).chain(existing -> {
            StoredCalendar s = existing != null ? existing : new StoredCalendar();
            s.year = year;
            s.arrangement = tsv;
            s.source = source;
            s.updatedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            s.updatedBy = officialId;
            return existing != null ? Uni.createFrom().item(s) : s.<StoredCalendar>persist();
        });
    }
}
