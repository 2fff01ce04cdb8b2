package org.ccionetwork.portal.testing;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import org.ccionetwork.portal.devserver.Files2;
import org.jboss.arquillian.container.spi.event.container.AfterUnDeploy;
import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Arquillian starts one Payara Micro per test class. This extension gives each of them an H2 file
 * database of its own, so no test class depends on what an earlier one left behind, and waits for
 * each Payara Micro to end before the next one starts.
 *
 * <p>Arquillian's container only sends the process a signal when a class ends; the next class could
 * start while the last one was still closing its database. Reopening one H2 2.2.224 file that many
 * times also met H2's "Double mark" free-space bug (h2database#4123, #4387): the file would no
 * longer open, and every later test class failed.
 */
public final class FreshPortalPerTestClass implements LoadableExtension {

    private static final Logger LOG = Logger.getLogger(FreshPortalPerTestClass.class.getName());

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Lifecycle.class);
    }

    public static final class Lifecycle {

        public void freshDatabase(@Observes BeforeDeploy event) {
            Files2.deleteRecursively(Path.of(System.getProperty("it.portal.data")));
        }

        public void awaitStopped(@Observes AfterUnDeploy event) throws InterruptedException {
            var servers = ProcessHandle.current()
                    .children()
                    .filter(p -> p.info().commandLine().orElse("").contains("arquillian-payara-micro"))
                    .toList();
            if (servers.isEmpty()) {
                // Waiting for nothing would let the next class start beside a server still closing its files.
                throw new IllegalStateException("No Payara Micro process of this test run to wait for");
            }
            for (var server : servers) {
                try {
                    server.onExit().get(60, TimeUnit.SECONDS);
                    LOG.info("Payara Micro (process " + server.pid() + ") stopped");
                } catch (TimeoutException e) {
                    LOG.warning("Payara Micro (process " + server.pid() + ") did not stop in 60 s; killing it");
                    server.destroyForcibly();
                    server.onExit().join();
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
