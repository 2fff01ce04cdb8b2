package org.ccionetwork.portal.devserver;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * nginx from the distribution, on a free loopback port, in a folder of its own: either serving
 * files (the benchmark's ceiling) or balancing the portal's nodes (the cluster).
 */
public final class NginxServer implements AutoCloseable {

    private final ServerProcess process;
    private final int port;

    private NginxServer(ServerProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Serves the files (name to bytes) from {@code dir/html}, a name ending in {@code .gz} as an
     * HTML page already gzip-compressed; waits until the first answers.
     */
    public static NginxServer serving(Path dir, Map<String, byte[]> files) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        for (var file : files.entrySet()) {
            Files.write(dir.resolve("html").resolve(file.getKey()), file.getValue());
        }
        int port = Ports.free();
        var server = start(dir, port, """
                    access_log off;
                    default_type text/html;
                    server {
                        listen 127.0.0.1:%d;
                        root %s/html;
                        location ~ \\.gz$ {
                            types { }
                            default_type text/html;
                            add_header Content-Encoding gzip;
                        }
                    }
                """.formatted(port, dir));
        server.process.awaitHttpOk(
                URI.create(server.url() + "/" + files.keySet().iterator().next()), Duration.ofSeconds(20));
        return server;
    }

    /**
     * A load balancer in front of the portal's nodes ({@code http://127.0.0.1:port} each). A
     * browser stays on one node: its first answer gives it an affinity cookie (a random value, the
     * request's id), and the node is the consistent hash of that value, so the sign-in's redirects
     * and the session they make all reach the same node, and a node that comes back takes back only
     * its share. A node that does not answer is passed over at once for the next (a post that
     * reached a node as it died is not sent twice).
     */
    public static NginxServer balancing(Path dir, int port, List<Integer> nodePorts) throws IOException {
        String nodes = nodePorts.stream()
                .map(p -> "        server 127.0.0.1:" + p + " max_fails=1 fail_timeout=5s;")
                .collect(Collectors.joining("\n"));
        return start(dir, port, """
                    log_format portal '$cookie_ccio_node $upstream_addr $status $request';
                    access_log %1$s/access.log portal;
                %2$s
                    upstream portal {
                        hash $portal_affinity consistent;
                %3$s
                    }
                    server {
                        listen 127.0.0.1:%4$d;
                        client_max_body_size 64m;
                        location / {
                            proxy_pass http://portal;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            proxy_set_header Host $http_host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_connect_timeout 2s;
                            proxy_next_upstream error timeout http_502 http_503;
                            proxy_next_upstream_tries 2;
                            proxy_request_buffering off;
                            add_header Set-Cookie $portal_affinity_cookie always;
                        }
                    }
                """.formatted(dir, AFFINITY, nodes, port));
    }

    /** The affinity cookie's maps, the same in docker/nginx.conf. */
    static final String AFFINITY = """
                map $cookie_ccio_node $portal_affinity {
                    "" $request_id;
                    default $cookie_ccio_node;
                }
                map $cookie_ccio_node $portal_affinity_cookie {
                    "" "ccio_node=$request_id; Path=/; HttpOnly; SameSite=Lax";
                    default "";
                }
            """;

    private static NginxServer start(Path dir, int port, String http) throws IOException {
        Files.createDirectories(dir.resolve("tmp"));
        Files.writeString(dir.resolve("nginx.conf"), """
                %2$s
                worker_processes 2;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events { worker_connections 1024; }
                http {
                    client_body_temp_path %1$s/tmp;
                    proxy_temp_path %1$s/tmp;
                    fastcgi_temp_path %1$s/tmp;
                    uwsgi_temp_path %1$s/tmp;
                    scgi_temp_path %1$s/tmp;
                %3$s
                }
                """.formatted(
                        dir, "root".equals(System.getProperty("user.name")) ? "user root;" : "", http));
        var process = ServerProcess.start(
                "nginx",
                List.of("nginx", "-c", dir.resolve("nginx.conf").toString(), "-p", dir.toString()),
                Map.of(),
                dir,
                dir.resolve("nginx.log"));
        return new NginxServer(process, port);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public ServerProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}
