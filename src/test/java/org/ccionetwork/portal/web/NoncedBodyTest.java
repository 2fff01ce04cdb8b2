package org.ccionetwork.portal.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class NoncedBodyTest {

    private static final String RENDERED = "aGVsbG8gd29ybGQhISE";

    private static String page(String nonce) {
        var page = new StringBuilder("<!DOCTYPE html><html><head><script nonce=\"" + nonce + "\">a()</script>"
                + "<script nonce=\"" + nonce + "\">PrimeFaces.csp.init('" + nonce + "');</script>");
        for (int i = 0; i < 300; i++) {
            page.append("<li class=\"post\">A reply about the electronic patient record, number ")
                    .append(i)
                    .append("</li>");
            if (i % 100 == 0) {
                page.append("<script nonce=\"")
                        .append(nonce)
                        .append("\">b(")
                        .append(i)
                        .append(")</script>");
            }
        }
        return page.append("</body></html>").toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String gunzip(byte[] gzip) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void freshNoncesReadTheSameInAttributesAndScripts() {
        for (int i = 0; i < 200; i++) {
            String nonce = Nonces.fresh();
            assertTrue(nonce.matches("[0-9a-f]{32}"), nonce);
        }
    }

    @Test
    void eachResponseGetsItsOwnNoncePlainAndCompressed() throws IOException {
        var body = NoncedBody.of(bytes(page(RENDERED)), RENDERED);
        String current = Nonces.fresh();
        assertEquals(page(current), new String(body.plain(current), StandardCharsets.UTF_8));
        assertEquals(page(current), gunzip(body.gzip(current)));
        assertTrue(body.gzip(current).length * 4 < bytes(page(current)).length, "compressed well");
    }

    @Test
    void theCompressedPiecesArePreparedOnceAndOnlyTheNonceDiffersBetweenResponses() throws IOException {
        var body = NoncedBody.of(bytes(page(RENDERED)), RENDERED);
        String one = "b25lb25lb25lb25lb25lb24=";
        String two = "dHdvdHdvdHdvdHdvdHdvdHc=";
        byte[] first = body.gzip(one);
        byte[] second = body.gzip(two);
        assertEquals(first.length, second.length);
        int differing = 0;
        for (int i = 0; i < first.length - 8; i++) { // the trailer's CRC-32 differs too
            if (first[i] != second[i]) {
                differing++;
            }
        }
        // Six nonces, stored as they are: at most their bytes differ.
        assertTrue(differing <= 6 * one.length(), differing + " bytes differ");
        assertTrue(new String(first, StandardCharsets.ISO_8859_1).contains(one), "the nonce is stored as it is");
        assertEquals(page(two), gunzip(second));
    }

    @Test
    void withoutANonceThePageGoesAsItWasRendered() throws IOException {
        byte[] page = bytes(page(RENDERED));
        assertArrayEquals(page, NoncedBody.of(page, RENDERED).plain(null));
        assertEquals(page(RENDERED), gunzip(NoncedBody.of(page, RENDERED).gzip(null)));
        assertArrayEquals(page, NoncedBody.of(page, null).plain("bm9uY2Vub25jZW5vbmNlbm8="));
        assertEquals(page(RENDERED), gunzip(NoncedBody.of(page, null).gzip("bm9uY2Vub25jZW5vbmNlbm8=")));
    }

    @Test
    void edgesEmptyBodiesAndANonceAtTheEnd() throws IOException {
        assertEquals("", gunzip(NoncedBody.of(new byte[0], RENDERED).gzip("eHl6")));
        assertEquals("", gunzip(NoncedBody.of(new byte[0], null).gzip(null)));
        var endsWithNonce = NoncedBody.of(bytes("nonce=\"" + RENDERED + "\""), RENDERED);
        assertEquals("nonce=\"eHl6\"", gunzip(endsWithNonce.gzip("eHl6")));
        var onlyNonces = NoncedBody.of(bytes(("nonce=\"" + RENDERED + "\"").repeat(3)), RENDERED);
        assertEquals("nonce=\"eHl6\"".repeat(3), gunzip(onlyNonces.gzip("eHl6")));
        // Wherever it stands: PrimeFaces is given it in a script's string too.
        var inScript = NoncedBody.of(bytes("<script>PrimeFaces.csp.init('" + RENDERED + "');</script>"), RENDERED);
        assertEquals("<script>PrimeFaces.csp.init('eHl6');</script>", gunzip(inScript.gzip("eHl6")));
    }

    @Test
    void aLargePageCompressesAcrossManyBuffers() throws IOException {
        var large = new StringBuilder();
        var random = new java.util.Random(7);
        for (int i = 0; i < 200_000; i++) {
            large.append((char) ('a' + random.nextInt(26)));
        }
        String text = "<script nonce=\"" + RENDERED + "\"></script>" + large + "<script nonce=\"" + RENDERED
                + "\"></script>" + large;
        var body = NoncedBody.of(bytes(text), RENDERED);
        assertEquals(text.replace(RENDERED, "eHl6"), gunzip(body.gzip("eHl6")));
        // What it holds counts both forms (the page cache's bound is in these bytes).
        assertTrue(body.size() >= bytes(text).length + body.gzip(null).length - 100, "held " + body.size());
    }
}
