package org.ccionetwork.portal.devserver;

import java.nio.file.Path;

/**
 * The java executable of the JVM running this code: the JDK 21+ that the build's toolchain found
 * (the tests, and the run, cluster and benchmark commands run in a JVM of their own on it).
 */
public final class Java {

    private Java() {}

    public static String executable() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElseGet(() ->
                        Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    public static Path home() {
        return Path.of(System.getProperty("java.home"));
    }
}
