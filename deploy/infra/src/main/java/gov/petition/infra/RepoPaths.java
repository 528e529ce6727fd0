package gov.petition.infra;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds files of this repository from wherever a test or the launcher runs inside it. */
public final class RepoPaths {

    public static final String SIGNING_KEY = "deploy/local/petition-local-dev-signing-key.DEVELOPMENT-ONLY.pem";
    public static final String DIRECTORY = "routing-service/src/main/resources/directory/directory.json";

    private RepoPaths() {
    }

    /** The repository root: the nearest folder upwards holding deploy/local and a pom.xml. */
    public static Path root() {
        Path dir = Path.of(System.getProperty("petition.repo", System.getProperty("user.dir"))).toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("deploy/local")) && Files.exists(d.resolve("pom.xml"))) {
                return d;
            }
        }
        throw new IllegalStateException("not inside the petition repository: " + dir);
    }

    public static Path resolve(String relative) {
        return root().resolve(relative);
    }
}
