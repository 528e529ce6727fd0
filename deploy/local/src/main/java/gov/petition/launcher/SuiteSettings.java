package gov.petition.launcher;

import gov.petition.infra.Ports;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the suite runs: ports, state folder, database names.
 *
 * @param databaseSuffix appended to every database name (the end-to-end tests use their own)
 * @param freshDatabases drop and create the databases first (tests), instead of keeping them (local run)
 */
public record SuiteSettings(Path repo, Path stateDir, int kafkaPort, int kafkaControllerPort, Map<String, Integer> ports,
                            String databaseSuffix, boolean freshDatabases, String serviceHeap) {

    /** The fixed local ports of DESIGN.md: services 8081-8085, Kafka 9092; state in deploy/local/.state. */
    public static SuiteSettings local(Path repo) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        SuiteService.ALL.forEach(s -> ports.put(s.name(), s.defaultPort()));
        return new SuiteSettings(repo, repo.resolve("deploy/local/.state"), 9092, 9093, ports, "", false, "384m");
    }

    /** Free ports and a private state folder, so tests never meet a local run. */
    public static SuiteSettings isolated(Path repo, Path stateDir) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        SuiteService.ALL.forEach(s -> ports.put(s.name(), Ports.free()));
        return new SuiteSettings(repo, stateDir, Ports.free(), Ports.free(), ports, "_e2e", true, "320m");
    }

    public int port(String service) {
        return ports.get(service);
    }

    public String database(SuiteService service) {
        return service.database() + databaseSuffix;
    }
}
