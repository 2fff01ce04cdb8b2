package org.ccionetwork.portal.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignaturesTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private final Signatures signatures = new Signatures(key((byte) 7));

    private static byte[] key(byte fill) {
        var key = new byte[32];
        Arrays.fill(key, fill);
        return key;
    }

    @Test
    void aTokenCarriesItsPayloadUntilItExpires() {
        String token = signatures.sign("42:REPLY", NOW.plusSeconds(60));
        assertEquals(Optional.of("42:REPLY"), signatures.verify(token, NOW));
        assertEquals(Optional.of("42:REPLY"), signatures.verify(token, NOW.plusSeconds(59)));
        assertEquals(Optional.empty(), signatures.verify(token, NOW.plusSeconds(60)), "expired");
        assertTrue(token.matches("[A-Za-z0-9_.-]+"), "safe in a URL as it is: " + token);
    }

    @Test
    void aChangedTokenOrAnotherKeysTokenIsRefused() {
        String token = signatures.sign("42:REPLY", NOW.plusSeconds(60));
        String[] parts = token.split("\\.");
        String otherMember = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("43:REPLY".getBytes());
        assertEquals(Optional.empty(), signatures.verify(otherMember + "." + parts[1] + "." + parts[2], NOW));
        assertEquals(
                Optional.empty(),
                signatures.verify(parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2], NOW),
                "a later expiry");
        assertEquals(Optional.empty(), new Signatures(key((byte) 8)).verify(token, NOW), "another key");
        for (String junk : new String[] {null, "", "abc", "a.b", "a.b.c", "..", token + "x"}) {
            assertEquals(Optional.empty(), signatures.verify(junk, NOW), "refused: " + junk);
        }
        assertThrows(IllegalArgumentException.class, () -> new Signatures(new byte[16]));
    }

    @Test
    void templatesEscapeValuesInHtmlButNotInText() {
        var values = Map.of("name", "<b>Sam</b> & co", "itemsHtml", "<li>kept</li>");
        assertEquals("Hi <b>Sam</b> & co", Templates.fill("Hi {{name}}", values, false));
        assertEquals(
                "Hi &lt;b&gt;Sam&lt;/b&gt; &amp; co <li>kept</li>",
                Templates.fill("Hi {{name}} {{itemsHtml}}", values, true));
        assertThrows(IllegalArgumentException.class, () -> Templates.fill("{{missing}}", values, true));
    }
}
