package gov.petition.handling.config;

import gov.petition.handling.domain.WorkingCalendar;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.LocalDate;

/** Provides the one working-day calendar the whole service computes deadlines with (time limits: {@link gov.petition.handling.service.TimeLimits}). */
@Singleton
public class TimeLimitSetup {

    @Produces
    @Singleton
    @Startup
    WorkingCalendar workingCalendar() {
        WorkingCalendar calendar = WorkingCalendar.china();
        // read this year's and next year's holiday files at startup, so no event-loop thread waits on the classpath later
        int year = LocalDate.now(WorkingCalendar.CHINA).getYear();
        calendar.hasOfficialArrangement(year);
        calendar.hasOfficialArrangement(year + 1);
        return calendar;
    }
}
