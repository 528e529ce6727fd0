package gov.petition.routing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** Routing settings ({@code petition.routing.*}). */
@ConfigMapping(prefix = "petition.routing")
public interface RoutingConfig {

    /** A directory JSON file to seed from instead of the bundled fixture (西地省 A市). */
    Optional<String> directoryFile();

    /** The unit id of the city whose departments take city-wide matters. */
    @WithDefault("xd.a")
    String cityId();

    /** The unit whose dispatchers (12345 desk) take cases routing cannot decide with confidence. */
    @WithDefault("xd.a.zwj")
    String dispatchUnitId();
}
