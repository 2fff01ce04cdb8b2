package org.ccionetwork.portal.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real build output, deployed as it is. */
public final class Deployments {

    private Deployments() {}

    public static WebArchive portal() {
        File war = TestSettings.target().resolve("ROOT.war").toFile();
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: integration tests run after 'package'");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /** The real build output with the tests' {@link FixturesServlet}, for tests that make their data over HTTP. */
    public static WebArchive portalWithFixtures() {
        return portal().addClass(FixturesServlet.class);
    }
}
