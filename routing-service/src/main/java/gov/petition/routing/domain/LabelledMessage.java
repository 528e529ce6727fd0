package gov.petition.routing.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A past message with the first-level category it was filed under: what the classifier learns from. */
public record LabelledMessage(long id, String title, String content, String category) {

    /** The bundled training set: 495 messages of a public government message board (city anonymised as A市). */
    public static final String BUNDLED = "training/messages-labelled.jsonl";

    /** Reads one JSON object per line ({@code id, title, content, category}; other fields are ignored). */
    public static List<LabelledMessage> readJsonLines(InputStream in) {
        ObjectMapper mapper = new ObjectMapper();
        List<LabelledMessage> messages = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode m = mapper.readTree(line);
                messages.add(new LabelledMessage(m.path("id").asLong(), m.path("title").asText(""), m.path("content").asText(""),
                        m.path("category").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages;
    }

    /** The bundled training set, from the classpath. */
    public static List<LabelledMessage> bundled() {
        InputStream in = LabelledMessage.class.getClassLoader().getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new IllegalStateException(BUNDLED + " missing from the classpath");
        }
        return readJsonLines(in);
    }
}
