package org.ccionetwork.portal.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which clients get gzip, and which responses are worth it. */
class CompressionFilterTest {

    @Test
    void gzipIsSentToClientsThatAcceptIt() {
        assertTrue(CompressionFilter.acceptsGzip("gzip, deflate, br, zstd"));
        assertTrue(CompressionFilter.acceptsGzip("br;q=1.0, gzip;q=0.8"));
        assertTrue(CompressionFilter.acceptsGzip("*"));
        assertTrue(CompressionFilter.acceptsGzip("GZIP"));
        assertFalse(CompressionFilter.acceptsGzip(null));
        assertFalse(CompressionFilter.acceptsGzip("identity"));
        assertFalse(CompressionFilter.acceptsGzip("br"));
        assertFalse(CompressionFilter.acceptsGzip("gzip;q=0"));
        assertFalse(CompressionFilter.acceptsGzip("gzip; q=0.0, identity"));
        assertFalse(CompressionFilter.acceptsGzip("gzipped"));
    }

    @Test
    void textIsCompressedAndFilesAreNot() {
        for (String text : new String[] {
            "text/html;charset=UTF-8",
            "text/css",
            "application/javascript",
            "text/calendar;charset=utf-8",
            "application/atom+xml",
            "application/json",
            "text/csv;charset=UTF-8"
        }) {
            assertTrue(CompressionFilter.isText(text), text);
        }
        for (String file : new String[] {
            "application/pdf", "image/png", "image/webp", "application/zip", "application/octet-stream", null
        }) {
            assertFalse(CompressionFilter.isText(file), String.valueOf(file));
        }
    }
}
