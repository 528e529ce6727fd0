package gov.petition.events;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.function.Supplier;

/**
 * Runs CPU-bound work (text analysis, matching, classifying) on a worker thread and continues on the
 * caller's Vert.x context: the event loop does not stall, and Hibernate Reactive finds its session again.
 */
public final class CpuWork {

    private CpuWork() {
    }

    public static <T> Uni<T> offEventLoop(Supplier<T> work) {
        Context context = Vertx.currentContext();
        Uni<T> onWorker = Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return context == null ? onWorker : onWorker.emitOn(command -> context.runOnContext(ignored -> command.run()));
    }
}
