package org.ccionetwork.portal.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.ccionetwork.portal.shared.FileTypes;
import org.ccionetwork.portal.shared.Images;

/**
 * A small picture of a shared file for its item page: the first page of a PDF (PDFBox, with its
 * working memory on disk) or the image itself. Files it cannot draw simply have no preview.
 */
final class Previews {

    private static final Logger LOG = Logger.getLogger(Previews.class.getName());
    private static final long MAX_IMAGE_BYTES = 20L * 1024 * 1024;

    private Previews() {}

    static Optional<Images.Variant> of(Path file, FileTypes.FileType type) {
        try {
            if (type.contentType().equals("application/pdf")) {
                try (var document =
                        Loader.loadPDF(file.toFile(), null, null, null, IOUtils.createTempFileOnlyStreamCache())) {
                    if (document.getNumberOfPages() == 0) {
                        return Optional.empty();
                    }
                    var page = new PDFRenderer(document).renderImageWithDPI(0, 60, ImageType.RGB);
                    return Optional.of(Images.preview(page));
                }
            }
            if (type.contentType().startsWith("image/") && Files.size(file) <= MAX_IMAGE_BYTES) {
                return Optional.of(Images.variants(Files.readAllBytes(file)).getFirst());
            }
        } catch (IOException | Images.NotAnImageException | RuntimeException e) {
            LOG.fine(() -> "No preview for a " + type.label() + ": " + e.getMessage());
        }
        return Optional.empty();
    }
}
