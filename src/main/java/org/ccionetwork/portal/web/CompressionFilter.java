package org.ccionetwork.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Text responses (pages, stylesheets, scripts, JSON, Atom, iCalendar, CSV) go gzip-compressed to
 * clients that accept it; everything else (PDFs, images, ZIPs, downloads) goes as it is, streamed
 * with its length. The choice is made at the first byte, from the content type the response has
 * then, so a page's own headers decide; the compressed stream is flushed as the page flushes, so
 * streaming is kept.
 */
public class CompressionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Content types worth compressing (without parameters). */
    static final Set<String> TEXT = Set.of(
            "text/html",
            "text/css",
            "text/plain",
            "text/csv",
            "text/calendar",
            "text/javascript",
            "application/javascript",
            "application/json",
            "application/atom+xml",
            "application/xml",
            "image/svg+xml");

    /** Bodies smaller than this are not worth a gzip header. */
    static final int SMALLEST = 256;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.addHeader("Vary", "Accept-Encoding");
        if (!acceptsGzip(request.getHeader("Accept-Encoding")) || "HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        var compressing = new Compressing(response);
        try {
            chain.doFilter(request, compressing);
        } finally {
            compressing.finish();
        }
    }

    /** Whether an Accept-Encoding header accepts gzip (not with q=0). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] coding = part.trim().split(";");
            if (coding[0].trim().equals("gzip") || coding[0].trim().equals("*")) {
                boolean refused = false;
                for (int i = 1; i < coding.length; i++) {
                    String parameter = coding[i].replace(" ", "");
                    if (parameter.startsWith("q=")) {
                        try {
                            refused = Double.parseDouble(parameter.substring(2)) <= 0;
                        } catch (NumberFormatException e) {
                            refused = true;
                        }
                    }
                }
                if (!refused) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a response with this content type is compressed. */
    static boolean isText(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .trim()
                .toLowerCase(Locale.ROOT);
        return TEXT.contains(type);
    }

    /** The response, deciding at its first byte whether the body goes compressed. */
    static final class Compressing extends HttpServletResponseWrapper {

        private final HttpServletResponse response;
        private ServletOutputStream stream;
        private PrintWriter writer;
        private OutputStream body;
        private GZIPOutputStream gzip;
        private long length = -1;

        Compressing(HttpServletResponse response) {
            super(response);
            this.response = response;
        }

        /** Decides once: compressed for text (unless already encoded or too small to gain), else as it is. */
        private OutputStream body() throws IOException {
            if (body == null) {
                boolean compress = isText(response.getContentType())
                        && !response.containsHeader("Content-Encoding")
                        && (length < 0 || length >= SMALLEST)
                        && response.getStatus() != SC_NO_CONTENT
                        && response.getStatus() != SC_NOT_MODIFIED;
                if (compress) {
                    response.setHeader("Content-Encoding", "gzip");
                    gzip = new GZIPOutputStream(response.getOutputStream(), 8192, true);
                    body = gzip;
                } else {
                    if (length >= 0) {
                        response.setContentLengthLong(length);
                    }
                    body = response.getOutputStream();
                }
            }
            return body;
        }

        @Override
        public void setContentLength(int len) {
            setContentLengthLong(len);
        }

        @Override
        public void setContentLengthLong(long len) {
            // Known only for an uncompressed body: kept until the first byte says which it is.
            if (body == null) {
                length = len;
            } else if (gzip == null) {
                response.setContentLengthLong(len);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if ("Content-Length".equalsIgnoreCase(name)) {
                setContentLengthLong(Long.parseLong(value));
            } else {
                super.setHeader(name, value);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (writer != null) {
                throw new IllegalStateException("getWriter() was called first");
            }
            return stream();
        }

        private ServletOutputStream stream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        body().write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int count) throws IOException {
                        body().write(bytes, offset, count);
                    }

                    @Override
                    public void flush() throws IOException {
                        if (body != null) {
                            body.flush();
                        }
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("blocking writes only");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                if (stream != null) {
                    throw new IllegalStateException("getOutputStream() was called first");
                }
                String encoding = response.getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(stream(), charset));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (body != null) {
                body.flush();
            }
            super.flushBuffer();
        }

        @Override
        public void resetBuffer() {
            if (body != null) {
                throw new IllegalStateException("The response has started");
            }
            super.resetBuffer();
        }

        @Override
        public void reset() {
            if (body != null) {
                throw new IllegalStateException("The response has started");
            }
            length = -1;
            super.reset();
        }

        /** Ends the body: the gzip trailer, or the length of an empty uncompressed one. */
        void finish() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (gzip != null) {
                gzip.finish();
            } else if (body == null && length >= 0 && !response.isCommitted()) {
                response.setContentLengthLong(length);
            }
        }
    }
}
