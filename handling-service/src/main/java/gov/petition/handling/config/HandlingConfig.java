package gov.petition.handling.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The service's own settings ({@code handling.*}), each overridable by environment variable (HANDLING_TIMERS_POLL_INTERVAL, ...). */
@ConfigMapping(prefix = "handling")
public interface HandlingConfig {

    Timers timers();

    Supervision supervision();

    Reopen reopen();

    CalendarSettings calendar();

    TimeLimitSettings timeLimits();

    UrgencySettings urgency();

    QueueStream queueStream();

    /** The work queue's server-sent event stream. */
    interface QueueStream {
        /** How often a keep-alive comment goes to a quiet stream, so proxies and browsers keep it open. */
        @WithDefault("PT15S")
        Duration heartbeat();
    }

    /** Durable deadline timers. */
    interface Timers {
        /** Whether this instance polls for due timers (every instance may: rows are claimed with SKIP LOCKED). */
        @WithDefault("true")
        boolean enabled();

        /** How often due timers are looked for; an alert fires at most this late. */
        @WithDefault("PT5S")
        Duration pollInterval();

        /** Timers fired per transaction. */
        @WithDefault("100")
        int batchSize();

        /** How long before a deadline the warning fires (calendar time). */
        @WithDefault("PT1H")
        Duration warnLead();

        /** Per step (SIGN, ACCEPT, REPLY, HANDLE, FIX, SUPERVISION) leads that differ from {@link #warnLead()}. */
        Map<String, Duration> warnLeadByStep();

        default Duration warnLeadOf(String step) {
            return warnLeadByStep().getOrDefault(step, warnLead());
        }
    }

    /** Supervision records (督办). */
    interface Supervision {
        /** Working days the supervised unit has to answer a supervision. */
        @WithDefault("3")
        int workingDays();
    }

    /** Cases evaluation sends back. */
    interface Reopen {
        /** Working days to reply again from the reopening. */
        @WithDefault("5")
        int replyWorkingDays();
    }

    /** Holiday arrangements loaded at run time. */
    interface CalendarSettings {
        /** How often an instance re-reads arrangements other instances stored. */
        @WithDefault("PT1M")
        Duration refreshInterval();
    }

    /** Time-limit rules kept in the database. */
    interface TimeLimitSettings {
        /** How often an instance re-reads rules stored by another instance. */
        @WithDefault("PT1M")
        Duration refreshInterval();
    }

    /** How a case is found urgent: a keyword in its title or content (urgent public-safety cases). */
    interface UrgencySettings {
        @WithDefault("井盖,燃气泄漏,漏气,塌陷,触电,电线裸露,火灾隐患,溺水")
        List<String> keywords();

        /**
         * Who an urgent case's make-safe and repair deadlines run against while no unit holds it (not yet routed, or
         * returned): the city's 12345 dispatch desk, warned and held to account like a unit.
         */
        @WithDefault("xd.a.zwj")
        String dispatchUnitId();

        @WithDefault("A市政务服务管理局（12345派单）")
        String dispatchUnitName();
    }
}
