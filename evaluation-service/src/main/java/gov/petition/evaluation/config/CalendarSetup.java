package gov.petition.evaluation.config;

import gov.petition.evaluation.domain.ProblemTerms;
import gov.petition.evaluation.domain.WorkingCalendar;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;

/** The working-day calendar (bundled holidays, configured office hours) and the Chinese term analyser, once each. */
public class CalendarSetup {

    @Produces
    @Singleton
    WorkingCalendar calendar(EvaluationConfig config) {
        return WorkingCalendar.bundled(config.officeHours().stream().map(WorkingCalendar.OfficeSpan::parse).toList());
    }

    @Produces
    @Singleton
    ProblemTerms problemTerms() {
        return new ProblemTerms();
    }
}
