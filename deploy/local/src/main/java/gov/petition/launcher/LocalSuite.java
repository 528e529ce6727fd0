package gov.petition.launcher;

import gov.petition.events.Topics;
import gov.petition.infra.KafkaBroker;
import gov.petition.infra.Ports;
import gov.petition.infra.PostgresServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole suite on one machine: PostgreSQL with one database per service, a KRaft Kafka broker with
 * every topic, and the five packaged services. Starts only what is not already running and stops only
 * what it started. The launcher's {@code run} and the end-to-end tests both use it.
 */
public final class LocalSuite implements AutoCloseable {

    private final SuiteSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, Process> services = new LinkedHashMap<>();
    private final List<String> report = new ArrayList<>();
    private PostgresServer postgres;
    private KafkaBroker kafka;

    public LocalSuite(SuiteSettings settings) {
        this.settings = settings;
    }

    /** Brings everything up and returns once all five services answer ready. */
    public LocalSuite start() throws Exception {
        Files.createDirectories(logs());
        Files.createDirectories(pids());
        postgres = PostgresServer.ensureFromEnvironment(settings.stateDir().resolve("postgres"));
        report.add("PostgreSQL   " + postgres.jdbcUrl("") + "  (" + postgres.origin() + ")");
        if (postgres.origin().equals("embedded")) {
            writePid("postgres", ProcessHandle.current().pid());
        }
        for (SuiteService s : SuiteService.ALL) {
            if (settings.freshDatabases()) {
                postgres.recreateDatabase(settings.database(s));
            } else {
                postgres.ensureDatabase(settings.database(s));
            }
        }
        if (Ports.isOpen("127.0.0.1", settings.kafkaPort())) {
            kafka = KafkaBroker.external("127.0.0.1:" + settings.kafkaPort());
            report.add("Kafka        " + kafka.bootstrapServers() + "  (already running)");
        } else {
            kafka = KafkaBroker.start(settings.stateDir().resolve("kafka"), settings.kafkaPort(), settings.kafkaControllerPort(),
                    logs().resolve("kafka.log"));
            writePid("kafka", kafka.pid());
            report.add("Kafka        " + kafka.bootstrapServers() + "  (started; log " + logs().resolve("kafka.log") + ")");
        }
        kafka.createTopics(Topics.all(), Topics.PARTITIONS);
        for (SuiteService s : SuiteService.ALL) {
            if (Ports.isOpen("127.0.0.1", settings.port(s.name()))) {
                report.add(s.name() + " already running on " + settings.port(s.name()));
            } else {
                startService(s.name());
            }
        }
        awaitReady(Duration.ofMinutes(3));
        return this;
    }

    /** Starts one service and returns without waiting for it to be ready. */
    public void startService(String name) throws IOException {
        SuiteService s = SuiteService.named(name);
        Path jar = settings.repo().resolve(s.runnerJar());
        if (!Files.exists(jar)) {
            throw new IOException(jar + " is missing: build with ./mvnw -T 1 install -DskipTests");
        }
        String db = settings.database(s);
        List<String> command = List.of(javaBinary(), "-Xmx" + settings.serviceHeap(), "-XX:+UseSerialGC",
                "-Dfile.encoding=UTF-8",
                "-Dquarkus.profile=local",
                "-Dquarkus.http.port=" + settings.port(name),
                "-Dkafka.bootstrap.servers=" + kafka.bootstrapServers(),
                "-Dquarkus.datasource.username=" + postgres.user(),
                "-Dquarkus.datasource.password=" + postgres.password(),
                "-Dquarkus.datasource.jdbc.url=" + postgres.jdbcUrl(db),
                "-Dquarkus.datasource.reactive.url=" + postgres.reactiveUrl(db),
                "-jar", jar.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs().resolve(name + ".log").toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        services.put(name, p);
        writePid(name, p.pid());
    }

    /** Kills a service the way a crash would (SIGKILL): no shutdown hooks, no flush. */
    public void kill(String name) throws InterruptedException {
        Process p = services.remove(name);
        if (p != null) {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    public boolean ready(String name) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl(name) + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public void awaitReady(Duration timeout) throws IOException {
        for (SuiteService s : SuiteService.ALL) {
            Process p = services.get(s.name());
            if (!Ports.await(timeout, () -> (p != null && !p.isAlive()) || ready(s.name())) || !ready(s.name())) {
                throw new IOException(s.name() + " did not become ready; see " + logs().resolve(s.name() + ".log"));
            }
        }
    }

    public String baseUrl(String service) {
        return "http://127.0.0.1:" + settings.port(service);
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String jdbcUrl(String service) {
        return postgres.jdbcUrl(settings.database(SuiteService.named(service)));
    }

    /** What runs where, for people. */
    public String describe() {
        StringBuilder out = new StringBuilder("\nPetition lifecycle suite is up.\n\n");
        report.forEach(line -> out.append("  ").append(line).append('\n'));
        out.append('\n');
        for (SuiteService s : SuiteService.ALL) {
            out.append(String.format("  %-21s %s/api/v1   Swagger UI %s/q/swagger-ui   health %s/q/health%n",
                    s.name(), baseUrl(s.name()), baseUrl(s.name()), baseUrl(s.name())));
        }
        out.append("\n  Directory: 西地省 A市 fixture, seeded by routing-service on first start.")
                .append("\n  Logs: ").append(logs())
                .append("\n  Token for an official: deploy/local/token xd.a.1   (胡华衡, 市委书记)\n");
        return out.toString();
    }

    private Path logs() {
        return settings.stateDir().resolve("logs");
    }

    private Path pids() {
        return settings.stateDir().resolve("pids");
    }

    private void writePid(String name, long pid) throws IOException {
        Files.writeString(pids().resolve(name + ".pid"), Long.toString(pid));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Stops what this suite started: services first (they flush their outboxes), then Kafka, then PostgreSQL. */
    @Override
    public void close() {
        services.values().forEach(Process::destroy);
        for (Map.Entry<String, Process> e : services.entrySet()) {
            try {
                if (!e.getValue().waitFor(30, TimeUnit.SECONDS)) {
                    e.getValue().destroyForcibly();
                }
            } catch (InterruptedException ex) {
                e.getValue().destroyForcibly();
                Thread.currentThread().interrupt();
            }
            deletePid(e.getKey());
        }
        services.clear();
        if (kafka != null) {
            kafka.close();
            deletePid("kafka");
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // embedded server already gone
            }
            deletePid("postgres");
        }
    }

    private void deletePid(String name) {
        try {
            Files.deleteIfExists(pids().resolve(name + ".pid"));
        } catch (IOException ignored) {
            // nothing to clean
        }
    }
}
