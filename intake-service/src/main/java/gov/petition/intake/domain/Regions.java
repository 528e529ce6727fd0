package gov.petition.intake.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The places of the directory a petition may name as its region: province, city, districts, streets and
 * communities, by directory id. Loaded once; the directory's departments are not places.
 */
public final class Regions {

    /** One place. */
    public record Region(String id, String name, String level, String parentId) {
    }

    private final Map<String, Region> byId;

    private Regions(Map<String, Region> byId) {
        this.byId = Map.copyOf(byId);
    }

    /** Reads the tab-separated list: id, name, level, parent; lines starting with # are comments. */
    public static Regions read(InputStream in) throws IOException {
        Map<String, Region> regions = new HashMap<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 3) {
                    throw new IOException("bad region line: " + line);
                }
                regions.put(f[0], new Region(f[0], f[1], f[2], f.length > 3 && !f[3].isEmpty() ? f[3] : null));
            }
        }
        return new Regions(regions);
    }

    public Optional<Region> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id.strip()));
    }

    public boolean isKnown(String id) {
        return find(id).isPresent();
    }

    public int size() {
        return byId.size();
    }
}
