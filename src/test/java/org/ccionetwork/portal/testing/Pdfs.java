package org.ccionetwork.portal.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small real PDFs for the tests that share files: a title page with headings. */
public final class Pdfs {

    private Pdfs() {}

    public static byte[] pdf(String title, String subtitle, String... headings) {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            try (var text = new PDPageContentStream(document, page)) {
                text.setNonStrokingColor(0f, 0.37f, 0.72f);
                text.addRect(0, 700, 612, 92);
                text.fill();
                text.beginText();
                text.setNonStrokingColor(1f, 1f, 1f);
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 26);
                text.newLineAtOffset(50, 740);
                text.showText(title);
                text.endText();
                text.beginText();
                text.setNonStrokingColor(0f, 0f, 0f);
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 16);
                text.newLineAtOffset(50, 660);
                text.showText(subtitle);
                for (String heading : headings) {
                    text.newLineAtOffset(0, -36);
                    text.showText(heading);
                }
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
