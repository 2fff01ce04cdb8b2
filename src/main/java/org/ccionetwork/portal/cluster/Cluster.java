package org.ccionetwork.portal.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The other nodes of the portal, when it runs as several: the Hazelcast cluster Payara Micro forms
 * (TCP/IP member lists, see the README). A node tells the others of a change by a message on a
 * channel, the cluster's own messaging; on a single node (Payara started with
 * {@code --nohazelcast}) there is nobody to tell and nothing is sent. Each node says at start which
 * members it sees, and logs one line when a member joins or leaves.
 */
@ApplicationScoped
public class Cluster {

    private static final Logger LOG = Logger.getLogger(Cluster.class.getName());

    /** Payara's name for its Hazelcast instance. */
    static final String JNDI_NAME = "payara/Hazelcast";

    private HazelcastInstance hazelcast;
    private final List<Runnable> unsubscribes = new ArrayList<>();

    @PostConstruct
    void start() {
        hazelcast = findRunning();
    }

    /** Payara's Hazelcast when it runs, or null: a single node (Payara started without Hazelcast). */
    static HazelcastInstance findRunning() {
        try {
            var found = new InitialContext().lookup(JNDI_NAME);
            return found instanceof HazelcastInstance instance
                            && instance.getLifecycleService().isRunning()
                    ? instance
                    : null;
        } catch (NamingException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** At start: one line naming the members this node sees, then a line per member that comes or goes. */
    void started(@Observes @Initialized(ApplicationScoped.class) Object application) {
        if (hazelcast == null) {
            LOG.info("Single node: no cluster (Payara runs without Hazelcast); changes stay on this node.");
            return;
        }
        LOG.info(() -> "Cluster " + hazelcast.getConfig().getClusterName() + ": this node sees "
                + describe(hazelcast.getCluster().getMembers()));
        var id = hazelcast.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                LOG.info(() -> "Cluster: " + event.getMember().getAddress() + " joined; members now "
                        + describe(event.getMembers()));
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                LOG.info(() -> "Cluster: " + event.getMember().getAddress() + " left; members now "
                        + describe(event.getMembers()));
            }
        });
        unsubscribes.add(() -> hazelcast.getCluster().removeMembershipListener(id));
    }

    private static String describe(java.util.Set<Member> members) {
        return members.size()
                + (members.size() == 1 ? " member: " : " members: ")
                + members.stream()
                        .map(m -> m.getAddress() + (m.localMember() ? " (this node)" : ""))
                        .collect(Collectors.joining(", "));
    }

    /** Sends the message to the other nodes listening on the channel; not to this node. No wait. */
    public void tellOthers(String channel, String message) {
        if (hazelcast == null) {
            return;
        }
        try {
            hazelcast.<String>getTopic(topic(channel)).publishAsync(message);
        } catch (RuntimeException e) {
            LOG.warning("Cannot tell the other nodes on " + channel + ": " + e.getMessage());
        }
    }

    /** Runs the listener for each message another node sends on the channel (on a thread of the grid's). */
    public void listen(String channel, Consumer<String> listener) {
        if (hazelcast == null) {
            return;
        }
        var topic = hazelcast.<String>getTopic(topic(channel));
        UUID id = topic.addMessageListener(message -> {
            if (!message.getPublishingMember().localMember()) {
                listener.accept(message.getMessageObject());
            }
        });
        synchronized (unsubscribes) {
            unsubscribes.add(() -> topic.removeMessageListener(id));
        }
    }

    private static String topic(String channel) {
        return "ccio-portal." + channel;
    }

    @PreDestroy
    void stop() {
        synchronized (unsubscribes) {
            for (var unsubscribe : unsubscribes) {
                try {
                    unsubscribe.run();
                } catch (RuntimeException e) {
                    // the grid is going down with the node
                }
            }
            unsubscribes.clear();
        }
    }
}
