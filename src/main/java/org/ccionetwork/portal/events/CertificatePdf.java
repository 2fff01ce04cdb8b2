package org.ccionetwork.portal.events;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.ccionetwork.portal.text.Formats;

/**
 * A certificate of attendance as an A4 PDF (PDFBox): who attended what, when, for how many CPD
 * hours, and the address where anyone can check it. Written in the PDF standard fonts, so a letter
 * they cannot show (outside Windows-1252) is written as "?" rather than failing the certificate.
 */
final class CertificatePdf {

    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDFont PLAIN = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    private CertificatePdf() {}

    static byte[] of(Certificates.Certificate certificate, String verificationUrl) {
        var formats = new Formats();
        try (var document = new PDDocument()) {
            var info = document.getDocumentInformation();
            info.setTitle("Certificate of attendance: " + certificate.event());
            info.setAuthor("CCIO Network");
            document.getDocumentCatalog().setLanguage("en-GB");
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float width = page.getMediaBox().getWidth();
            try (var text = new PDPageContentStream(document, page)) {
                float y = page.getMediaBox().getHeight() - 140;
                y = centred(text, BOLD, 14, "CCIO Network", width, y);
                y = centred(text, BOLD, 26, "Certificate of attendance", width, y - 30);
                y = centred(text, PLAIN, 13, "This is to certify that", width, y - 50);
                y = centred(text, BOLD, 20, certificate.memberName(), width, y - 30);
                if (certificate.organisation() != null
                        && !certificate.organisation().isBlank()) {
                    y = centred(text, PLAIN, 12, certificate.organisation(), width, y - 20);
                }
                y = centred(text, PLAIN, 13, "attended", width, y - 34);
                y = centred(text, BOLD, 16, certificate.event(), width, y - 28);
                y = centred(text, PLAIN, 13, "on " + formats.date(certificate.heldOn()), width, y - 24);
                y = centred(
                        text,
                        PLAIN,
                        13,
                        "for " + certificate.hours().stripTrailingZeros().toPlainString()
                                + " hours of continuing professional development.",
                        width,
                        y - 34);
                y = centred(text, PLAIN, 10, "Check this certificate at", width, y - 90);
                y = centred(text, PLAIN, 10, verificationUrl, width, y - 16);
                centred(text, PLAIN, 10, "Certificate code " + certificate.code(), width, y - 16);
            }
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float centred(PDPageContentStream text, PDFont font, float size, String line, float width, float y)
            throws IOException {
        String shown = writable(font, line);
        // A line too long for the page is made smaller rather than cut.
        float fitted = size;
        while (fitted > 6 && font.getStringWidth(shown) / 1000 * fitted > width - 80) {
            fitted -= 0.5f;
        }
        float x = (width - font.getStringWidth(shown) / 1000 * fitted) / 2;
        text.beginText();
        text.setFont(font, fitted);
        text.newLineAtOffset(x, y);
        text.showText(shown);
        text.endText();
        return y;
    }

    /** The line with each letter the font cannot write as "?". */
    static String writable(PDFont font, String line) {
        var out = new StringBuilder();
        line.codePoints().forEach(c -> {
            String letter = Character.toString(c);
            try {
                font.encode(letter);
                out.append(letter);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
