package org.ccionetwork.portal.devserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free ports on the loopback interface for the servers the tests and the run command start.
 *
 * <p>A port is found free and then handed to a server that binds it a little later. Ports from the
 * kernel's own pick (port 0) come from the range it also gives outgoing connections (32768 and up on
 * Linux), so a browser's or HTTP client's socket could take one in between. These come from below that
 * range (27000 to 32767; Maven reserves its ports from 20000 to 26999), are never handed out twice by
 * one JVM, and never one a Maven-reserved server of this test run will bind again.
 */
public final class Ports {

    private static final int LOWEST = 27_000;
    private static final int HIGHEST = 32_767;
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private Ports() {}

    /** Whether nothing listens on the port on loopback. */
    public static boolean isFree(int port) {
        try (var socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static synchronized int free() {
        for (int attempt = 0; attempt < 500; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, HIGHEST + 1);
            if (!HANDED_OUT.contains(port) && !reservedByMaven(port) && isFree(port)) {
                HANDED_OUT.add(port);
                return port;
            }
        }
        throw new UncheckedIOException(new IOException("No free loopback port between " + LOWEST + " and " + HIGHEST));
    }

    private static boolean reservedByMaven(int port) {
        for (var name : new String[] {"it.portal.port", "it.keycloak.port", "it.keycloak.management.port"}) {
            if (String.valueOf(port).equals(System.getProperty(name))) {
                return true;
            }
        }
        return false;
    }
}
