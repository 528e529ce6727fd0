package gov.petition.routing.service;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Runs a periodic job on its own safe Vert.x context (Hibernate Reactive keeps one session per context),
 * never two runs of the same job at once on this instance.
 */
final class Background {

    private static final Logger LOG = Logger.getLogger(Background.class);

    private Background() {
    }

    static long every(Vertx vertx, long millis, String name, Supplier<Uni<?>> job) {
        AtomicBoolean running = new AtomicBoolean();
        return vertx.setPeriodic(millis, id -> {
            if (!running.compareAndSet(false, true)) {
                return;
            }
            Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(context, true);
            context.runOnContext(ignored -> job.get()
                    .onTermination().invoke(() -> running.set(false))
                    .subscribe().with(done -> { }, failure -> LOG.warnf("%s failed, tried again in %d ms: %s", name, millis, failure.toString())));
        });
    }
}
