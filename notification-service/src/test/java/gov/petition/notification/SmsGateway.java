package gov.petition.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A real HTTP receiver standing in for the SMS gateway: records every request, can fail a case's first one. */
public final class SmsGateway implements AutoCloseable {

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpServer server;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final Set<String> failOnce = ConcurrentHashMap.newKeySet();
    private final Set<String> failAlways = ConcurrentHashMap.newKeySet();
    private final Map<String, Instant> firstArrival = new ConcurrentHashMap<>();

    public SmsGateway() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sms", exchange -> {
            JsonNode message = mapper.readTree(exchange.getRequestBody());
            received.add(message);
            String caseId = message.path("caseId").asText();
            firstArrival.putIfAbsent(caseId, Instant.now());
            int status = failAlways.contains(caseId) ? 503 : failOnce.remove(caseId) ? 500 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
    }

    /** The next request for this case gets 500, the ones after it 200. */
    public void failFirstRequestFor(String caseId) {
        failOnce.add(caseId);
    }

    /** Every request for this case gets 503: the gateway is down for it. */
    public void failEveryRequestFor(String caseId) {
        failAlways.add(caseId);
    }

    /** Every request for a case, in the order they came (failed ones included). */
    public List<JsonNode> requestsFor(String caseId) {
        return received.stream().filter(m -> caseId.equals(m.path("caseId").asText())).toList();
    }

    /** When the first request for the case came in, or null. */
    public Instant firstArrival(String caseId) {
        return firstArrival.get(caseId);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
