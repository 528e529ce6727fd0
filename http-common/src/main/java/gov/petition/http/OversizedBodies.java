package gov.petition.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body declared larger than {@code quarkus.http.limits.max-body-size} before a byte of it is read,
 * with the same problem details as every other error (the HTTP layer's own 413 has an empty body).
 * Chunked bodies without a length are still cut off by the HTTP layer when they pass the limit.
 */
@ApplicationScoped
public class OversizedBodies {

    void install(@Observes Router router, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        long max = limit.asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(context -> refuseIfTooLarge(context, max));
    }

    private static void refuseIfTooLarge(RoutingContext context, long max) {
        String length = context.request().getHeader("Content-Length");
        long declared;
        try {
            declared = length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            declared = -1;
        }
        if (declared <= max) {
            context.next();
            return;
        }
        String body = """
                {"type":"%s","title":"Payload too large","status":413,\
                "detail":"The request body is larger than %d bytes; nothing was read or stored"}"""
                .formatted(Problems.type("payload-too-large"), max);
        context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close").end(body);
    }
}
