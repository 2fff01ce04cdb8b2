package org.ccionetwork.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BoundedTextTest {

    @Test
    void textUpToTheLimitIsReadWhole() {
        String text = "é".repeat(50_000);
        assertEquals(
                text,
                BoundedText.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 50_000)
                        .orElseThrow());
        assertEquals("", BoundedText.read(null, 10).orElseThrow());
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithoutReadingTheRest() {
        var served = new AtomicLong();
        // A body that never ends: reading it whole would never return.
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served.incrementAndGet();
                return 'a';
            }

            @Override
            public int read(byte[] into, int offset, int length) {
                java.util.Arrays.fill(into, offset, offset + length, (byte) 'a');
                served.addAndGet(length);
                return length;
            }
        };
        assertTrue(BoundedText.read(endless, 50_000).isEmpty());
        assertTrue(served.get() < 200_000, "read " + served.get() + " bytes of an endless body");
    }
}
