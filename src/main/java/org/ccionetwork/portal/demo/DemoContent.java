package org.ccionetwork.portal.demo;

import java.util.function.BooleanSupplier;
import java.util.logging.Logger;
import org.ccionetwork.portal.persistence.Database;

/**
 * Loading demo content at start (the run command turns it on with {@code portal.demo-content}):
 * after the schema is migrated, once (the seed says whether it loaded anything), and never
 * stopping the portal from starting when it fails.
 */
public final class DemoContent {

    private DemoContent() {}

    public static void load(boolean enabled, Database database, String what, BooleanSupplier seed, Logger log) {
        if (!enabled) {
            return;
        }
        try {
            database.ensureMigrated();
            if (seed.getAsBoolean()) {
                log.info(() -> "Demo " + what + " loaded.");
            }
        } catch (RuntimeException e) {
            log.warning(() -> "Demo " + what + " not loaded: " + e.getMessage());
        }
    }
}
