package org.ccionetwork.portal.files;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Real images made on the spot, for tests that upload or store one. */
public final class ImagesTestData {

    private ImagesTestData() {}

    public static byte[] png(int width, int height) {
        return encode(width, height, "png", BufferedImage.TYPE_INT_RGB);
    }

    static byte[] encode(int width, int height, String format, int type) {
        var image = new BufferedImage(width, height, type);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(0, 94, 184));
        graphics.fillRect(0, 0, width / 2, height);
        graphics.setColor(new Color(255, 184, 28));
        graphics.fillRect(width / 2, 0, width - width / 2, height);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
