package org.ccionetwork.portal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImagesTest {

    static byte[] image(int width, int height, String format, int type) {
        return ImagesTestData.encode(width, height, format, type);
    }

    @Test
    void aPhotoIsKeptAtTwoSizesAndNeverEnlarged() throws Exception {
        var variants = Images.variants(image(2400, 1200, "jpeg", BufferedImage.TYPE_INT_RGB));
        assertEquals(2, variants.size());
        var small = variants.get(0);
        var large = variants.get(1);
        assertEquals("small", small.name());
        assertEquals(480, small.width());
        assertEquals(240, small.height());
        assertEquals("large", large.name());
        assertEquals(1200, large.width());
        assertEquals("image/jpeg", large.contentType());
        assertEquals("image/jpeg", Images.detect(large.bytes()), "what is stored is a real JPEG");

        var tiny = Images.variants(image(300, 100, "png", BufferedImage.TYPE_INT_RGB));
        assertEquals(300, tiny.get(1).width(), "not enlarged");
    }

    @Test
    void transparencyIsKeptAsPng() throws Exception {
        var variants = Images.variants(image(600, 600, "png", BufferedImage.TYPE_INT_ARGB));
        assertEquals("image/png", variants.get(0).contentType());
        assertEquals("image/png", Images.detect(variants.get(0).bytes()));
    }

    @Test
    void theTypeComesFromTheBytesNotTheName() {
        byte[] html =
                "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        var refused = assertThrows(Images.NotAnImageException.class, () -> Images.variants(html));
        assertTrue(refused.getMessage().contains("not a JPEG, PNG or GIF"), refused.getMessage());
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        assertThrows(Images.NotAnImageException.class, () -> Images.variants(svg));
        assertThrows(Images.NotAnImageException.class, () -> Images.variants(new byte[0]));
        byte[] executable = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertThrows(Images.NotAnImageException.class, () -> Images.variants(executable));
    }

    @Test
    void aDamagedImageIsRefusedNotThrown() throws Exception {
        byte[] png = image(100, 100, "png", BufferedImage.TYPE_INT_RGB);
        byte[] truncated = java.util.Arrays.copyOf(png, 40);
        var refused = assertThrows(Images.NotAnImageException.class, () -> Images.variants(truncated));
        assertTrue(refused.getMessage().contains("damaged"), refused.getMessage());
    }

    @Test
    void anAvatarIsTheSquareMiddleOfThePicture() throws Exception {
        var avatar = Images.square(image(300, 100, "png", BufferedImage.TYPE_INT_ARGB), 160);
        assertEquals(160, avatar.width());
        assertEquals(160, avatar.height());
        assertEquals("image/jpeg", Images.detect(avatar.bytes()));
        assertThrows(
                Images.NotAnImageException.class, () -> Images.square("<svg/>".getBytes(StandardCharsets.UTF_8), 160));
    }
}
