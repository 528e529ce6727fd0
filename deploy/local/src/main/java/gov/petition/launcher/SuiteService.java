package gov.petition.launcher;

import java.util.List;

/** One of the five services as the launcher runs it. */
public record SuiteService(String name, int defaultPort, String database) {

    public static final List<SuiteService> ALL = List.of(
            new SuiteService("intake-service", 8081, "petition_intake"),
            new SuiteService("routing-service", 8082, "petition_routing"),
            new SuiteService("handling-service", 8083, "petition_handling"),
            new SuiteService("evaluation-service", 8084, "petition_evaluation"),
            new SuiteService("notification-service", 8085, "petition_notification"));

    public static SuiteService named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    /** The packaged application Maven builds. */
    public String runnerJar() {
        return name + "/target/quarkus-app/quarkus-run.jar";
    }
}
