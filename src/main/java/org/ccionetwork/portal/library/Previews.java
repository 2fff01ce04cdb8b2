package org.ccionetwork.portal.library;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.ccionetwork.portal.files.BoundedWork;
import org.ccionetwork.portal.files.FileTypes;
import org.ccionetwork.portal.files.Images;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A small picture of a shared file for its item page: the first page of a PDF (PDFBox, with its
 * working memory on disk) or the image itself. Files it cannot draw simply have no preview. Drawing
 * is bounded three ways: a page is drawn at most {@link #MAX_SIDE} pixels on its longer side
 * whatever size it claims (a 14,400-point page is not a 500 MB bitmap), on a few threads of the
 * previews' own, each drawing within a time limit.
 */
@ApplicationScoped
public class Previews {

    private static final Logger LOG = Logger.getLogger(Previews.class.getName());
    private static final long MAX_IMAGE_BYTES = 20L * 1024 * 1024;
    /** The longest side, in pixels, a PDF page is drawn at before the preview shrinks it further. */
    static final int MAX_SIDE = 1000;
    /** The resolution a PDF page is drawn at when that fits within {@link #MAX_SIDE}. */
    private static final float DPI = 60;

    @Inject
    @ConfigProperty(name = "portal.library.preview-seconds", defaultValue = "10")
    int seconds;

    @Inject
    @ConfigProperty(name = "portal.library.preview-threads", defaultValue = "2")
    int threads;

    @Resource
    private ManagedThreadFactory threadFactory;

    private BoundedWork work;

    @PostConstruct
    void start() {
        work = new BoundedWork(threads, threads * 2, Duration.ofSeconds(seconds), threadFactory);
    }

    @PreDestroy
    void stop() {
        work.close();
    }

    /** The file's preview, drawn on the previews' threads within their time limit, if it can be drawn. */
    Optional<Images.Variant> of(Path file, FileTypes.FileType type) {
        return work.run("the preview of a " + type.label(), () -> draw(file, type));
    }

    /** Draws the preview here and now, without a time limit. */
    static Optional<Images.Variant> draw(Path file, FileTypes.FileType type) {
        try {
            if (type.contentType().equals("application/pdf")) {
                try (var document =
                        Loader.loadPDF(file.toFile(), null, null, null, IOUtils.createTempFileOnlyStreamCache())) {
                    if (document.getNumberOfPages() == 0) {
                        return Optional.empty();
                    }
                    var box = document.getPage(0).getCropBox();
                    float scale = scale(box.getWidth(), box.getHeight());
                    if (scale <= 0) {
                        return Optional.empty();
                    }
                    var page = new PDFRenderer(document).renderImage(0, scale, ImageType.RGB);
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

    /**
     * The scale (pixels per point) a page of this size in points is drawn at: 60 dpi, or less so that
     * its longer side is at most {@link #MAX_SIDE} pixels; 0 for a page with no size.
     */
    static float scale(float widthPoints, float heightPoints) {
        float longest = Math.max(widthPoints, heightPoints);
        if (!(longest > 0) || Float.isInfinite(longest)) {
            return 0;
        }
        return Math.min(DPI / 72f, MAX_SIDE / longest);
    }
}
