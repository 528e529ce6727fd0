package gov.petition.infra;

import gov.petition.events.Topics;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Quarkus test resource: a real Kafka broker (one per test JVM, on free ports) with every topic, and a
 * freshly created database on the real PostgreSQL server. Init arg {@code database} names the database.
 */
public class PetitionTestInfra implements QuarkusTestResourceLifecycleManager {

    private static KafkaBroker broker;
    private static PostgresServer postgres;

    private String database = "petition_test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        try {
            startShared();
            postgres.recreateDatabase(database);
            return Map.of(
                    "kafka.bootstrap.servers", broker.bootstrapServers(),
                    "quarkus.datasource.username", postgres.user(),
                    "quarkus.datasource.password", postgres.password(),
                    "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                    "quarkus.datasource.reactive.url", postgres.reactiveUrl(database));
        } catch (Exception e) {
            throw new IllegalStateException("test infrastructure did not start", e);
        }
    }

    private static synchronized void startShared() throws Exception {
        if (broker == null) {
            Path dir = Files.createTempDirectory("petition-test-kafka");
            broker = KafkaBroker.start(dir, Ports.free(), Ports.free(), dir.resolve("kafka.log"));
            broker.createTopics(Topics.all(), Topics.PARTITIONS);
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "stop-test-kafka"));
        }
        if (postgres == null) {
            postgres = PostgresServer.ensureFromEnvironment(Files.createTempDirectory("petition-test-pg"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (Exception ignored) {
                    // best effort at JVM exit
                }
            }, "stop-test-postgres"));
        }
    }

    @Override
    public void stop() {
        // The broker and server live for the whole test JVM; shutdown hooks stop them.
    }
}
