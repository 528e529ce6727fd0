package gov.petition.intake.config;

import gov.petition.intake.domain.Regions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** The directory's places, from the configured file or the bundled list. */
public class RegionsProducer {

    private static final Logger LOG = Logger.getLogger(RegionsProducer.class);

    @Produces
    @ApplicationScoped
    Regions regions(IntakeConfig config) {
        try (InputStream in = config.regionsFile().isPresent()
                ? Files.newInputStream(Path.of(config.regionsFile().get()))
                : Objects.requireNonNull(getClass().getClassLoader().getResourceAsStream("directory/regions.tsv"))) {
            Regions regions = Regions.read(in);
            LOG.infof("%d places of the directory known for region codes (%s)", regions.size(),
                    config.regionsFile().orElse("bundled"));
            return regions;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the directory's places", e);
        }
    }
}
