package org.ccionetwork.portal.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;
import org.ccionetwork.portal.persistence.Database;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo content for the run command ({@code portal.demo-content=true}), so that a newcomer sees a
 * living portal: forums, news and a library written by a few fictional members over the past weeks.
 * It is data ({@link DemoData}, the files in {@code src/main/resources/demo/}) told through the
 * portal's own services ({@link DemoStory}). Loaded at start, after the schema is migrated, once
 * (not again when its first category exists), and never stopping the portal from starting.
 */
@ApplicationScoped
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

    @Inject
    @ConfigProperty(name = "portal.demo-content", defaultValue = "false")
    boolean enabled;

    @Inject
    private Database database;

    @Inject
    private DemoStory story;

    void loadOnStart(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
                    Object event) {
        if (!enabled) {
            return;
        }
        try {
            database.ensureMigrated();
            if (story.tell(DemoData.read())) {
                LOG.info("Demo content loaded.");
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Demo content not loaded: " + e);
        }
    }
}
