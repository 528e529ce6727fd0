package gov.petition.handling.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads {@code cn-<year>.tsv} holiday arrangements from a directory, if one is given, and otherwise from the
 * {@code calendar/} folder on the classpath, so next year's notice is installed by dropping in a file.
 */
public final class HolidayArrangementFiles implements HolidayArrangements {

    /** The classpath folder holding the arrangements shipped with the service. */
    public static final String CLASSPATH_FOLDER = "calendar/";

    private final Path directory;

    /** Only the arrangements shipped on the classpath. */
    public HolidayArrangementFiles() {
        this(null);
    }

    /** @param directory searched before the classpath, so a newer file there wins; may be null */
    public HolidayArrangementFiles(Path directory) {
        this.directory = directory;
    }

    /** The file name of a year's arrangement, e.g. {@code cn-2026.tsv}. */
    public static String fileName(int year) {
        return "cn-" + year + ".tsv";
    }

    @Override
    public Optional<HolidayArrangement> forYear(int year) {
        if (directory != null) {
            Path file = directory.resolve(fileName(year));
            if (Files.isRegularFile(file)) {
                try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    return Optional.of(HolidayArrangement.parse(year, reader, file.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
            }
        }
        String resource = CLASSPATH_FOLDER + fileName(year);
        InputStream in = HolidayArrangementFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return Optional.empty();
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return Optional.of(HolidayArrangement.parse(year, reader, "classpath:" + resource));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath:" + resource, e);
        }
    }
}
