package gov.petition.routing.service;

import gov.petition.routing.domain.CategoryClassifier;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** The category classifier, trained once at startup on the bundled labelled messages. */
@ApplicationScoped
public class CategoryModel {

    private static final Logger LOG = Logger.getLogger(CategoryModel.class);

    private volatile CategoryClassifier classifier;

    // Training takes seconds of CPU: it runs on the startup thread, before the service reports ready.
    void onStart(@Observes StartupEvent event) {
        long start = System.nanoTime();
        classifier = CategoryClassifier.trainedOnBundledMessages();
        LOG.infof("category classifier trained on the labelled messages in %d ms", (System.nanoTime() - start) / 1_000_000);
    }

    public CategoryClassifier classifier() {
        return classifier;
    }
}
