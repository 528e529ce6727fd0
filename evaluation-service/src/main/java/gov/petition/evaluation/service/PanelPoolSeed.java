package gov.petition.evaluation.service;

import gov.petition.evaluation.api.ReviewViews;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.List;

/** Loads the bundled review pool at start; members already known (or retired through the API) are left as they are. */
@ApplicationScoped
public class PanelPoolSeed {

    private static final Logger LOG = Logger.getLogger(PanelPoolSeed.class);
    private static final String INSERT = """
            insert into panel_member (member_id, name, role, title, active) values ($1, $2, $3, $4, true)
            on conflict (member_id) do nothing""";

    void onStart(@Observes StartupEvent event, Pool pool, Reviews reviews) {
        List<ReviewViews.PoolMember> members = reviews.bundledPool();
        // Startup runs on the main thread, so waiting here is allowed and makes the pool ready before the first request.
        pool.preparedQuery(INSERT).executeBatch(members.stream()
                .map(m -> Tuple.of(m.memberId(), m.name(), m.role(), m.title())).toList()).await().indefinitely();
        LOG.infof("review pool: %d bundled members loaded where missing", members.size());
    }
}
