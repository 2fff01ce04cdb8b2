package org.ccionetwork.portal.cluster;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import java.util.Set;
import java.util.logging.Logger;

/**
 * On a node of a cluster, Faces keeps each page's whole state, so that another node, reading the
 * session from the grid, restores the page as it was: partial state (only what changed since the
 * page was built, applied to the tree built again) failed there, the tree built on the other node
 * not matching what was kept (an ArrayIndexOutOfBoundsException in UIComponentBase.restoreState,
 * seen in ClusterIT). A single node, whose sessions never travel, keeps the cheaper partial state:
 * with whole states the benchmark's signed-in topic page ran 172 requests/s, with partial 209. Decided
 * before Faces starts (a container initializer), by whether Payara runs its Hazelcast.
 */
public class WholePageStates implements ServletContainerInitializer {

    static final String PARAMETER = "jakarta.faces.PARTIAL_STATE_SAVING";

    private static final Logger LOG = Logger.getLogger(WholePageStates.class.getName());

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        if (Cluster.findRunning() != null && context.setInitParameter(PARAMETER, "false")) {
            LOG.info("A node of a cluster: Faces keeps whole page states, so that they travel with sessions.");
        }
    }
}
