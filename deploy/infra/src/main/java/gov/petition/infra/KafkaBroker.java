package gov.petition.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node KRaft Apache Kafka broker (combined broker and controller), run in its own JVM
 * from the Maven Central jars this module was built with. The launcher and the tests both use it.
 */
public final class KafkaBroker implements AutoCloseable {

    private final String bootstrapServers;
    private final Process process;
    private final Path logFile;

    private KafkaBroker(String bootstrapServers, Process process, Path logFile) {
        this.bootstrapServers = bootstrapServers;
        this.process = process;
        this.logFile = logFile;
    }

    /** An already running broker this process did not start (nothing to stop). */
    public static KafkaBroker external(String bootstrapServers) {
        return new KafkaBroker(bootstrapServers, null, null);
    }

    /**
     * Starts a broker on 127.0.0.1:{@code port} keeping its data in {@code dir} (formatted on first use,
     * kept across restarts) and returns once it answers.
     */
    public static KafkaBroker start(Path dir, int port, int controllerPort, Path logFile) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path data = dir.resolve("data");
        Path config = dir.resolve("server.properties");
        Files.writeString(config, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + data.toAbsolutePath(),
                "num.partitions=" + gov.petition.events.Topics.PARTITIONS,
                "auto.create.topics.enable=false",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=6",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.retention.hours=168",
                ""), StandardCharsets.UTF_8);
        Files.createDirectories(logFile.getParent());
        if (!Files.exists(data.resolve("meta.properties"))) {
            Process format = java(List.of("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                    "-c", config.toString(), "--ignore-formatted"), logFile).start();
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                throw new IOException("formatting Kafka storage failed; see " + logFile);
            }
        }
        Process process = java(List.of("kafka.Kafka", config.toString()), logFile).start();
        KafkaBroker broker = new KafkaBroker("127.0.0.1:" + port, process, logFile);
        if (!Ports.await(Duration.ofSeconds(90), () -> !process.isAlive() || broker.answers())) {
            broker.close();
            throw new IOException("Kafka did not start within 90 s; see " + logFile);
        }
        if (!process.isAlive()) {
            throw new IOException("Kafka exited with " + process.exitValue() + "; see " + logFile);
        }
        return broker;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    /** Creates the topics that do not exist yet, each with {@code partitions} partitions. */
    public void createTopics(List<String> topics, int partitions) throws ExecutionException, InterruptedException {
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : topics) {
                if (!existing.contains(topic)) {
                    missing.add(new NewTopic(topic, partitions, (short) 1));
                }
            }
            try {
                admin.createTopics(missing).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
    }

    /** True when the broker answers a metadata request. */
    public boolean answers() {
        try (Admin admin = admin()) {
            admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000));
    }

    @Override
    public void close() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static ProcessBuilder java(List<String> args, Path logFile) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info", "-cp", classpath()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The broker's classpath, written at build time by maven-dependency-plugin. */
    static String classpath() throws IOException {
        try (InputStream in = KafkaBroker.class.getResourceAsStream("kafka-broker.classpath")) {
            if (in == null) {
                throw new IOException("kafka-broker.classpath missing: build deploy/infra with Maven");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }
}
