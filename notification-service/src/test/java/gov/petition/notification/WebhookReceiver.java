package gov.petition.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import gov.petition.notification.domain.WebhookSignature;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP receiver standing in for a channel's back end or a unit's system: it checks {@code X-Signature}
 * against its own copy of the secret, as a real receiver would, answers 401 to a bad signature, and records
 * every request with the verdict.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as received, with whether its signature checked out. */
    public record Received(String path, JsonNode body, String signature, String timestamp, String notificationId,
                           boolean signatureValid, Instant at) {
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpServer server;
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            String secret = secrets.get(path);
            String signature = exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER);
            boolean valid = secret != null && WebhookSignature.verify(secret, body, signature);
            received.add(new Received(path, mapper.readTree(body), signature,
                    exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER),
                    exchange.getRequestHeaders().getFirst("X-Petition-Notification"), valid, Instant.now()));
            exchange.sendResponseHeaders(valid ? 204 : 401, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
    }

    /** A path on this receiver that accepts requests signed with the secret. */
    public String endpoint(String path, String secret) {
        secrets.put(path, secret);
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public List<Received> requestsFor(String caseId) {
        return received.stream().filter(r -> caseId.equals(r.body().path("caseId").asText())).toList();
    }

    public List<Received> all() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
