package org.ccionetwork.portal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.ccionetwork.portal.files.FileTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF page is drawn for its preview within a bounded number of pixels, whatever size it claims. */
class PreviewsTest {

    @TempDir
    Path folder;

    @Test
    void anOrdinaryPageIsDrawnAtSixtyDotsPerInch() {
        float a4 = Previews.scale(595, 842);
        assertEquals(60f / 72f, a4, 1e-6);
        assertTrue(842 * a4 <= Previews.MAX_SIDE);
    }

    @Test
    void aHugePageIsDrawnNoLargerThanTheBoundOnItsLongerSide() {
        // 14,400 points (200 inches, PDF's largest page) at 60 dpi would be 12,000 x 12,000 pixels.
        float scale = Previews.scale(14_400, 14_400);
        assertEquals(Previews.MAX_SIDE, 14_400 * scale, 0.5);
        float banner = Previews.scale(14_400, 100);
        assertTrue(14_400 * banner <= Previews.MAX_SIDE + 0.5);
        assertTrue(100 * banner >= 1, "still visible");
    }

    @Test
    void aPageWithNoSizeIsNotDrawn() {
        assertEquals(0, Previews.scale(0, 0));
        assertEquals(0, Previews.scale(-5, -5));
        assertEquals(0, Previews.scale(Float.NaN, Float.NaN));
        assertEquals(0, Previews.scale(Float.POSITIVE_INFINITY, 10));
    }

    @Test
    void aPdfWithTheLargestPageStillGetsASmallPreview() throws Exception {
        Path file = folder.resolve("poster.pdf");
        try (var document = new PDDocument()) {
            document.addPage(new PDPage(new PDRectangle(14_400, 14_400)));
            document.save(file.toFile());
        }
        var type = FileTypes.of(file, "poster.pdf").orElseThrow();
        var preview = Previews.draw(file, type).orElseThrow();
        assertTrue(preview.width() <= 480 && preview.height() <= 480, preview.width() + "x" + preview.height());
    }
}
