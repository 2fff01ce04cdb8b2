package org.ccionetwork.portal.devserver;

import java.nio.file.Path;

/** The java executable of the JVM running this code: the JDK 21+ that Maven was started with. */
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
