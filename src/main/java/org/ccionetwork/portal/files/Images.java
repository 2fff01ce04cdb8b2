package org.ccionetwork.portal.files;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.ImageInputStream;

/**
 * Images people upload (lead images of articles, avatars): the type is decided from the bytes,
 * never from the name or the browser's claim; only JPEG, PNG and GIF are taken; the size in pixels
 * is read before decoding, so a small file that would unpack to gigabytes is refused; and what is
 * kept is re-encoded at a few sizes, which also drops anything hidden in the original file.
 */
public final class Images {

    /** The sizes kept: name and largest width. */
    public static final Map<String, Integer> WIDTHS = Map.of("large", 1200, "small", 480);

    private static final long MAX_PIXELS = 40_000_000L;
    private static final Map<String, String> READABLE =
            Map.of("image/jpeg", "JPEG", "image/png", "PNG", "image/gif", "GIF");

    /** One size of an image, ready to store. */
    public record Variant(String name, String contentType, int width, int height, byte[] bytes) {}

    /** Why an upload is not an image the portal takes; the message is for the person uploading. */
    public static final class NotAnImageException extends Exception {
        public NotAnImageException(String message) {
            super(message);
        }
    }

    private Images() {}

    /** The content type the bytes show, whatever the file is called. */
    public static String detect(byte[] bytes) {
        return FileTypes.detect(bytes);
    }

    /** A square picture of a face (an avatar): the middle of the image, at the given size in pixels. */
    public static Variant square(byte[] bytes, int size) throws NotAnImageException {
        BufferedImage image = decode(bytes);
        int side = Math.min(image.getWidth(), image.getHeight());
        var middle = image.getSubimage((image.getWidth() - side) / 2, (image.getHeight() - side) / 2, side, side);
        var target = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        var graphics = target.createGraphics();
        try {
            graphics.setColor(java.awt.Color.WHITE);
            graphics.fillRect(0, 0, size, size);
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.drawImage(middle, 0, 0, size, size, null);
        } finally {
            graphics.dispose();
        }
        return encode("avatar", target, false);
    }

    /** A small preview (at most 480 pixels wide) of a picture drawn elsewhere, e.g. a PDF's first page. */
    public static Variant preview(BufferedImage image) throws NotAnImageException {
        return encode(
                "small",
                scaled(image, WIDTHS.get("small")),
                image.getColorModel().hasAlpha());
    }

    /** Checks the bytes are a JPEG, PNG or GIF image of a sensible size, and makes the sizes to keep. */
    public static List<Variant> variants(byte[] bytes) throws NotAnImageException {
        BufferedImage image = decode(bytes);
        boolean alpha = image.getColorModel().hasAlpha();
        var variants = new ArrayList<Variant>();
        for (var size :
                WIDTHS.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList()) {
            variants.add(encode(size.getKey(), scaled(image, size.getValue()), alpha));
        }
        return variants;
    }

    /** The picture in the bytes, when they are a JPEG, PNG or GIF of a sensible size. */
    private static BufferedImage decode(byte[] bytes) throws NotAnImageException {
        if (bytes == null || bytes.length == 0) {
            throw new NotAnImageException("The file is empty.");
        }
        String type = detect(bytes);
        if (!READABLE.containsKey(type)) {
            throw new NotAnImageException("This file is not a JPEG, PNG or GIF image.");
        }
        return read(bytes, type);
    }

    private static BufferedImage read(byte[] bytes, String type) throws NotAnImageException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReadersByFormatName(READABLE.get(type));
            if (!readers.hasNext()) {
                throw new NotAnImageException("This kind of image cannot be read.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    throw new NotAnImageException("This image is too large: at most 40 megapixels.");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new NotAnImageException("This image is damaged and cannot be read.");
        }
    }

    private static BufferedImage scaled(BufferedImage image, int maxWidth) {
        int width = Math.min(maxWidth, image.getWidth());
        int height = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
        boolean alpha = image.getColorModel().hasAlpha();
        var target = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        var graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    private static Variant encode(String name, BufferedImage image, boolean alpha) throws NotAnImageException {
        var out = new ByteArrayOutputStream();
        try {
            if (alpha) {
                ImageIO.write(image, "png", out);
                return new Variant(name, "image/png", image.getWidth(), image.getHeight(), out.toByteArray());
            }
            var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (var output = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(output);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.85f);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            return new Variant(name, "image/jpeg", image.getWidth(), image.getHeight(), out.toByteArray());
        } catch (IOException e) {
            throw new NotAnImageException("This image could not be converted.");
        }
    }
}
