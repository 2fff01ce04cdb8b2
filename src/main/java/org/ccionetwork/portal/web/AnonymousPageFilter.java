package org.ccionetwork.portal.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Serves the forum's pages to readers who are not signed in from {@link PageCache}: a GET with no
 * signed-in person and no session is answered from memory when the page is there, and otherwise
 * rendered, kept (if it is a plain 200 that sets no cookie) and sent. Topic views are still
 * counted. Declared in web.xml, after the security headers and access rules.
 *
 * <p>A page is kept under the parameters it reads, and nothing else: {@code ?id=7&z=1} and
 * {@code ?id=7&z=2} are one entry, so a stranger cannot fill memory by varying the query. Only the
 * pages in {@link #PAGES} are kept at all.
 */
public class AnonymousPageFilter extends HttpFilter {

    @Inject
    private PageCache cache;

    @Inject
    private jakarta.enterprise.event.Event<CachedPageServed> served;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod())
                || request.getUserPrincipal() != null
                || request.getSession(false) != null
                || request.getRequestedSessionId() != null) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(ServedPath.of(request), request::getParameter);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        var cached = cache.get(key);
        if (cached.isPresent()) {
            countView(request);
            // Never the same nonce twice: the page gets this response's, which its policy header names;
            // compressed once when it was kept, not again for each hit.
            String nonce = (String) request.getAttribute(Nonces.ATTRIBUTE);
            byte[] body;
            if (CompressionFilter.acceptsGzip(request.getHeader("Accept-Encoding"))) {
                response.setHeader("Content-Encoding", "gzip");
                body = cached.get().body().gzip(nonce);
            } else {
                body = cached.get().body().plain(nonce);
            }
            response.setContentType(cached.get().contentType());
            response.setContentLength(body.length);
            response.setHeader("X-Page-Cache", "hit");
            response.getOutputStream().write(body);
            return;
        }
        long generation = cache.generation();
        var capture = new Capture(response);
        chain.doFilter(request, capture);
        byte[] body = capture.bytes();
        if (capture.getStatus() == HttpServletResponse.SC_OK
                && !capture.containsHeader("Set-Cookie")
                && request.getSession(false) == null
                && capture.getContentType() != null
                && capture.getContentType().startsWith("text/html")) {
            cache.put(
                    key,
                    new PageCache.Page(
                            body,
                            capture.getContentType(),
                            (String) request.getAttribute(Nonces.ATTRIBUTE),
                            Instant.now(),
                            request.getAttribute(PageCache.SCOPE) instanceof String scope ? scope : null),
                    generation);
        }
        if (body.length > 0) {
            // (an error or a redirect wrote nothing here: the container answers those itself)
            if (!response.isCommitted()) {
                response.setContentLength(body.length);
            }
            response.getOutputStream().write(body);
        }
    }

    /** The pages kept for visitors, each with the query parameters it reads (the rest change nothing). */
    static final java.util.Map<String, java.util.List<String>> PAGES = java.util.Map.of(
            "/forum/", java.util.List.of(),
            "/forum/index.xhtml", java.util.List.of(),
            "/forum/category.xhtml", java.util.List.of("c", "older", "newer", "oldest"),
            "/forum/topic.xhtml", java.util.List.of("id", "page"),
            "/forum/search.xhtml", java.util.List.of("q", "before"));

    /** The cache key of a page: its path and the values of the parameters it reads; null for a page not kept. */
    static String key(String servedPath, java.util.function.Function<String, String> parameter) {
        var names = PAGES.get(servedPath);
        if (names == null) {
            return null;
        }
        var key = new StringBuilder(servedPath);
        char separator = '?';
        for (String name : names) {
            String value = parameter.apply(name);
            if (value != null) {
                key.append(separator)
                        .append(name)
                        .append('=')
                        .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return key.toString();
    }

    private void countView(HttpServletRequest request) {
        served.fire(new CachedPageServed(ServedPath.of(request), request::getParameter));
    }

    /** Keeps what the page writes, so it can be both sent and stored. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(32 * 1024);
        private ServletOutputStream stream;
        private PrintWriter writer;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException();
                    }

                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) {
                        buffer.write(bytes, offset, length);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void setContentLength(int length) {
            // the real length is set when the captured bytes are sent
        }

        @Override
        public void setContentLengthLong(long length) {
            // likewise
        }

        byte[] bytes() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }
    }
}
