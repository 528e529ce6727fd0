package gov.petition.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.petition.routing.domain.Directory;
import gov.petition.routing.domain.DirectoryOfficial;
import gov.petition.routing.domain.DirectoryUnit;
import gov.petition.routing.domain.UnitLevel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The bundled directory (西地省 A市), read the way the service seeds it, for tests that need no database. */
record DirectoryFixture(Directory directory, List<DirectoryOfficial> officials) {

    static DirectoryFixture load() {
        try (InputStream in = DirectoryFixture.class.getClassLoader().getResourceAsStream("directory/directory.json")) {
            if (in == null) {
                throw new IllegalStateException("directory/directory.json missing from the classpath");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<DirectoryUnit> units = new ArrayList<>();
            for (JsonNode u : root.path("units")) {
                List<String> categories = new ArrayList<>();
                u.path("categories").forEach(c -> categories.add(c.asText()));
                units.add(new DirectoryUnit(u.path("id").asText(), u.path("name").asText(), UnitLevel.valueOf(u.path("level").asText()),
                        u.path("parent").isNull() ? null : u.path("parent").asText(), categories, u.path("mailbox").asBoolean()));
            }
            List<DirectoryOfficial> officials = new ArrayList<>();
            for (JsonNode o : root.path("officials")) {
                officials.add(new DirectoryOfficial(o.path("id").asText(), o.path("name").asText(), o.path("title").asText(),
                        o.path("unit").asText()));
            }
            return new DirectoryFixture(new Directory(units), officials);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
