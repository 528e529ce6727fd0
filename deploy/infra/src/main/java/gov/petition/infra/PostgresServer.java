package gov.petition.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The PostgreSQL server the suite uses: the one answering on the configured port; else the machine's
 * cluster, started; else an embedded PostgreSQL from Maven Central, so a laptop with only a JDK works.
 */
public final class PostgresServer implements AutoCloseable {

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final EmbeddedPostgres embedded;
    private final String origin;

    private PostgresServer(String host, int port, String user, String password, EmbeddedPostgres embedded, String origin) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
        this.origin = origin;
    }

    /** Settings from the standard libpq variables PGHOST, PGPORT, PGUSER, PGPASSWORD. */
    public static PostgresServer ensureFromEnvironment(Path embeddedDataDir) throws IOException {
        String host = Optional.ofNullable(System.getenv("PGHOST")).filter(h -> !h.startsWith("/")).orElse("127.0.0.1");
        int port = Integer.parseInt(Optional.ofNullable(System.getenv("PGPORT")).orElse("5432"));
        String user = Optional.ofNullable(System.getenv("PGUSER")).orElse("postgres");
        String password = Optional.ofNullable(System.getenv("PGPASSWORD")).orElse("");
        return ensure(host, port, user, password, embeddedDataDir);
    }

    public static PostgresServer ensure(String host, int port, String user, String password, Path embeddedDataDir) throws IOException {
        if (Ports.isOpen(host, port)) {
            return new PostgresServer(host, port, user, password, null, "running");
        }
        if (startMachineCluster() && Ports.await(Duration.ofSeconds(30), () -> Ports.isOpen(host, port))) {
            return new PostgresServer(host, port, user, password, null, "machine cluster, started");
        }
        Files.createDirectories(embeddedDataDir);
        EmbeddedPostgres embedded = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(embeddedDataDir)
                .setCleanDataDirectory(false)
                .start();
        return new PostgresServer("127.0.0.1", port, "postgres", "", embedded, "embedded");
    }

    /** Starts the machine's installed cluster(s) with pg_ctlcluster; false when there is none. */
    private static boolean startMachineCluster() {
        Path etc = Path.of("/etc/postgresql");
        if (!Files.isDirectory(etc)) {
            return false;
        }
        List<String> versions = new ArrayList<>();
        try (var dirs = Files.list(etc)) {
            dirs.forEach(d -> versions.add(d.getFileName().toString()));
        } catch (IOException e) {
            return false;
        }
        boolean started = false;
        for (String version : versions) {
            try {
                Process p = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "start")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                started |= p.waitFor(60, TimeUnit.SECONDS);
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return started;
    }

    public String origin() {
        return origin;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String reactiveUrl(String database) {
        return "postgresql://" + host + ":" + port + "/" + database;
    }

    /** Creates the database unless it exists. */
    public void ensureDatabase(String database) throws SQLException {
        try (Connection c = admin()) {
            if (!exists(c, database)) {
                try (Statement s = c.createStatement()) {
                    s.execute("create database " + quote(database) + " encoding 'UTF8' template template0");
                }
            }
        }
    }

    /** Drops and creates the database, for tests that start from an empty schema. */
    public void recreateDatabase(String database) throws SQLException {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + quote(database) + " with (force)");
            s.execute("create database " + quote(database) + " encoding 'UTF8' template template0");
        }
    }

    private Connection admin() throws SQLException {
        return DriverManager.getConnection(jdbcUrl("postgres"), user, password);
    }

    private static boolean exists(Connection c, String database) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            ps.setString(1, database);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String quote(String identifier) {
        if (!identifier.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + identifier);
        }
        return identifier;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
