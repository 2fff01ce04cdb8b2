package org.ccionetwork.portal.devserver;

import java.util.List;

/**
 * A portal node's memory, set deliberately rather than left to the JVM's defaults (a quarter of the
 * machine for the heap alone): a fixed heap that the benchmark's load fits with room to spare, and
 * limits on the JVM's other memory (class metadata, compiled code, thread stacks, direct buffers),
 * with the serial collector, whose own bookkeeping is the smallest. The benchmark measures the
 * node's resident memory under load with these; the run command, the cluster command and
 * docker/Dockerfile use the same (ProductionConfigurationTest checks the Dockerfile).
 */
public final class PortalJvm {

    private PortalJvm() {}

    public static final List<String> OPTIONS = List.of(
            "-Xms256m",
            "-Xmx256m",
            "-XX:MaxMetaspaceSize=256m",
            "-XX:ReservedCodeCacheSize=64m",
            "-Xss512k",
            "-XX:MaxDirectMemorySize=64m",
            "-XX:+UseSerialGC");

    /** The C library's memory arenas: two, not eight per core, for a server of many threads. */
    public static final String MALLOC_ARENA_MAX = "2";
}
