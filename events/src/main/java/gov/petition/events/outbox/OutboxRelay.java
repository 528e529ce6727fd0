package gov.petition.events.outbox;

import gov.petition.events.CloudEventCodec;
import gov.petition.events.EventEnvelope;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Publishes committed outbox rows to Kafka and deletes them once the broker has acknowledged them.
 *
 * <p>Runs on its own thread with plain JDBC: it is a background loop, not a request path, and
 * pgjdbc lets it sleep on LISTEN/NOTIFY so events leave within milliseconds of their commit.
 * Several instances may run; a transaction-scoped advisory lock lets one publish at a time, which
 * also keeps each case's events in commit order. A crash between send and delete republishes
 * the same event ids, which consumers' inboxes ignore: at least once on the wire, once in effect.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String SELECT = """
            select id, event_id, topic, msg_key, type, source, subject, time, payload::text
            from outbox order by id limit ?""";

    private final OutboxConfig config;
    private final CloudEventCodec codec;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String bootstrapServers;
    private final Counter published;

    private volatile boolean running;
    private volatile Instant lastHealthy = Instant.EPOCH;
    private volatile String lastError;
    private Thread thread;
    private KafkaProducer<String, byte[]> producer;
    private Connection connection;

    public OutboxRelay(OutboxConfig config, CloudEventCodec codec, MeterRegistry registry,
                       @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
                       @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
                       @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
                       @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.config = config;
        this.codec = codec;
        this.jdbcUrl = jdbcUrl;
        this.user = user.orElse(null);
        this.password = password.orElse(null);
        this.bootstrapServers = bootstrapServers;
        this.published = Counter.builder("petition.outbox.published").description("events relayed to Kafka").register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("outbox relay disabled on this instance");
            return;
        }
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 2,
                ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay"),
                new StringSerializer(), new ByteArraySerializer());
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(config.idlePoll().toMillis() + 5_000);
        }
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
        closeConnection();
    }

    /** True while the loop has reached both the database and the broker recently. */
    public boolean healthy() {
        return !config.enabled() || (running && lastHealthy.isAfter(Instant.now().minus(config.idlePoll().multipliedBy(3).plusSeconds(10))));
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    private void loop() {
        while (running) {
            try {
                Connection conn = connection();
                int relayed = relayBatch(conn);
                lastHealthy = Instant.now();
                lastError = null;
                if (relayed < config.batchSize()) {
                    // Sleep until a commit notifies us, or the idle poll passes.
                    conn.unwrap(PGConnection.class).getNotifications((int) config.idlePoll().toMillis());
                }
            } catch (Exception e) {
                lastError = e.toString();
                LOG.warnf("outbox relay: %s; retrying in %s", e.toString(), config.retryDelay());
                closeConnection();
                pause();
            }
        }
    }

    private int relayBatch(Connection conn) throws Exception {
        conn.setAutoCommit(false);
        try {
            try (Statement lock = conn.createStatement();
                 ResultSet rs = lock.executeQuery("select pg_try_advisory_xact_lock(hashtext('petition.outbox.relay'))")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    conn.rollback();
                    return 0; // another instance is relaying
                }
            }
            List<Long> ids = new ArrayList<>();
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            try (PreparedStatement select = conn.prepareStatement(SELECT)) {
                select.setInt(1, config.batchSize());
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                        var envelope = new EventEnvelope(rs.getString(2), rs.getString(6), rs.getString(5),
                                rs.getString(7), rs.getObject(8, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC), null);
                        var record = new ProducerRecord<String, byte[]>(rs.getString(3), null, rs.getString(4),
                                rs.getString(9).getBytes(StandardCharsets.UTF_8), codec.headers(envelope));
                        sends.add(producer.send(record));
                    }
                }
            }
            if (ids.isEmpty()) {
                conn.commit();
                return 0;
            }
            producer.flush();
            for (Future<RecordMetadata> send : sends) {
                send.get(30, TimeUnit.SECONDS); // a failed send aborts the batch: nothing is deleted
            }
            try (PreparedStatement delete = conn.prepareStatement("delete from outbox where id = any(?)")) {
                delete.setArray(1, conn.createArrayOf("bigint", ids.toArray()));
                delete.executeUpdate();
            }
            conn.commit();
            published.increment(ids.size());
            LOG.debugf("outbox relay published %d events", ids.size());
            return ids.size();
        } catch (Exception e) {
            safeRollback(conn);
            throw e;
        } finally {
            if (!conn.isClosed()) {
                conn.setAutoCommit(true);
            }
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = DriverManager.getConnection(jdbcUrl, user, password);
            try (Statement listen = connection.createStatement()) {
                listen.execute("listen outbox");
            }
        }
        return connection;
    }

    private void closeConnection() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // already broken
        }
        connection = null;
    }

    private static void safeRollback(Connection conn) {
        try {
            conn.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; the transaction died with it
        }
    }

    private void pause() {
        try {
            Thread.sleep(config.retryDelay().toMillis()); // back-off between reconnection attempts, not test synchronisation
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
