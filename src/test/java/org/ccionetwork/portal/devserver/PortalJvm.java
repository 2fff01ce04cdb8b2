package org.ccionetwork.portal.devserver;

import java.util.List;

/**
 * A portal node's memory, set deliberately rather than left to the JVM's defaults (a quarter of the
 * machine for the heap alone): a fixed heap of 208 MB (the benchmark's load leaves about 110 MB in
 * use after a full collection: 160 MB for the old generation, 48 MB for the young, which the
 * requests' short-lived garbage passes through), and
 * limits on the JVM's other memory (class metadata, compiled code, thread stacks, direct buffers),
 * with the parallel collector (its bookkeeping is small beside G1's, and on the benchmark it served
 * more than the serial one in the same memory: README, Performance). The benchmark measures the
 * node's resident memory under load with these; the run command, the cluster command and
 * docker/Dockerfile use the same (ProductionConfigurationTest checks the Dockerfile).
 */
public final class PortalJvm {

    private PortalJvm() {}

    public static final List<String> OPTIONS = List.of(
            "-Xms208m",
            "-Xmx208m",
            "-Xmn48m",
            "-XX:MaxMetaspaceSize=256m",
            "-XX:ReservedCodeCacheSize=64m",
            "-Xss512k",
            "-XX:MaxDirectMemorySize=64m",
            "-XX:+UseParallelGC",
            // The server's services start one after another: started on many threads, HK2 once failed a
            // fresh-clone run's portal at boot (a ConcurrentModificationException among its start-up
            // listeners, payara/Payara#6101), and two cores gain little from them.
            "-Dorg.glassfish.startupThreadPolicy=USE_NO_THREADS");

    /** The C library's memory arenas: two, not eight per core, for a server of many threads. */
    public static final String MALLOC_ARENA_MAX = "2";
}
