package org.ccionetwork.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VersionedResourcesTest {

    @Test
    void theVersionFollowsTheContent() throws IOException {
        String one = VersionedResources.contentVersion(
                new ByteArrayInputStream("body { color: #212b32 }".getBytes(StandardCharsets.UTF_8)));
        String same = VersionedResources.contentVersion(
                new ByteArrayInputStream("body { color: #212b32 }".getBytes(StandardCharsets.UTF_8)));
        String changed = VersionedResources.contentVersion(
                new ByteArrayInputStream("body { color: #005eb8 }".getBytes(StandardCharsets.UTF_8)));
        assertEquals(one, same);
        assertNotEquals(one, changed);
        assertEquals(12, one.length());
    }

    @Test
    void addressesGainAndGiveTheirVersion() {
        assertEquals(
                "/jakarta.faces.resource/css/portal.css.xhtml?v=abc",
                VersionedResources.withVersion("/jakarta.faces.resource/css/portal.css.xhtml", "abc"));
        assertEquals(
                "/jakarta.faces.resource/faces.js.xhtml?ln=jakarta.faces&v=abc",
                VersionedResources.withVersion("/jakarta.faces.resource/faces.js.xhtml?ln=jakarta.faces", "abc"));
        assertEquals(Optional.of("15.0.13"), VersionedResources.version("/x.css.xhtml?ln=primefaces&v=15.0.13"));
        assertEquals(Optional.of("15.0.13"), VersionedResources.version("/x.css.xhtml?ln=primefaces&amp;v=15.0.13"));
        assertEquals(Optional.empty(), VersionedResources.version("/x.css.xhtml?ln=primefaces"));
        assertEquals(Optional.empty(), VersionedResources.version("/x.css.xhtml"));
    }

    @Test
    void theRequestNamesItsResource() {
        assertEquals(
                Optional.of("css/portal.css"),
                VersionedResources.resourceName("/jakarta.faces.resource/css/portal.css.xhtml", null));
        assertEquals(Optional.empty(), VersionedResources.resourceName("/forum/index.xhtml", null));
        assertEquals(Optional.empty(), VersionedResources.resourceName("/jakarta.faces.resource/../web.xml", null));
        assertEquals(Optional.empty(), VersionedResources.resourceName("/jakarta.faces.resource/", null));
    }
}
