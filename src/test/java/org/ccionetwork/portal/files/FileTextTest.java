package org.ccionetwork.portal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ccionetwork.portal.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTextTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String ODT = "application/vnd.oasis.opendocument.text";

    @TempDir
    Path dir;

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] zip(Map<String, String> parts) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void readsTheWordsOfAPdf() throws IOException {
        var pdf = file("a.pdf", Pdfs.pdf("Clinical safety", "The hazard log", "Pharmacovigilance"));
        var text = FileText.of(pdf, "application/pdf").orElseThrow();
        assertTrue(text.contains("Clinical safety") && text.contains("Pharmacovigilance"), text);
    }

    @Test
    void readsTheTextRunsOfOfficeAndOpenDocumentFiles() throws IOException {
        var docx = file(
                "a.docx",
                zip(Map.of(
                        "word/document.xml",
                        "<w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>Discharge</w:t></w:r><w:r><w:t>letters</w:t></w:r>"
                                + "</w:p><w:p><w:pPr><w:b/></w:pPr><w:r><w:instrText>NOT TEXT</w:instrText></w:r></w:p></w:body></w:document>",
                        "word/styles.xml",
                        "<w:styles xmlns:w=\"w\"><w:t>styles are not text</w:t></w:styles>")));
        assertEquals(Optional.of("Discharge letters"), FileText.of(docx, DOCX));
        var pptx = file(
                "a.pptx",
                zip(Map.of(
                        "ppt/slides/slide2.xml", "<p:sld xmlns:p=\"p\" xmlns:a=\"a\"><a:t>Second</a:t></p:sld>",
                        "ppt/slides/slide1.xml", "<p:sld xmlns:p=\"p\" xmlns:a=\"a\"><a:t>First</a:t></p:sld>",
                        "ppt/slides/slide10.xml", "<p:sld xmlns:p=\"p\" xmlns:a=\"a\"><a:t>Tenth</a:t></p:sld>")));
        assertEquals(Optional.of("First Second Tenth"), FileText.of(pptx, PPTX), "slides in their order");
        var xlsx = file(
                "a.xlsx",
                zip(Map.of("xl/sharedStrings.xml", "<sst xmlns=\"s\"><si><t>Bed</t></si><si><t>state</t></si></sst>")));
        assertEquals(Optional.of("Bed state"), FileText.of(xlsx, XLSX));
        var odt = file(
                "a.odt",
                zip(
                        Map.of(
                                "content.xml",
                                "<office:document-content xmlns:office=\"o\" xmlns:text=\"t\"><text:p>Ward</text:p><text:p>round</text:p></office:document-content>")));
        assertEquals(Optional.of("Ward round"), FileText.of(odt, ODT));
    }

    @Test
    void neverFollowsAStrangersEntitiesAndStopsAZipBomb() throws IOException {
        var secret = file("secret.txt", "SECRETWORD".getBytes(StandardCharsets.UTF_8));
        var xxe = file(
                "x.docx",
                zip(Map.of(
                        "word/document.xml",
                        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>"
                                + "<w:document xmlns:w=\"w\"><w:t>before &s; after</w:t></w:document>")));
        Optional<String> text;
        try {
            text = FileText.of(xxe, DOCX);
        } catch (IOException refused) {
            text = Optional.empty();
        }
        assertFalse(text.orElse("").contains("SECRETWORD"), "an external entity is never read");

        var bomb = file(
                "bomb.docx",
                zip(Map.of(
                        "word/document.xml",
                        "<w:document xmlns:w=\"w\">" + "<w:p/>".repeat(4 * 1024 * 1024) + "</w:document>")));
        assertTrue(Files.size(bomb) < 100_000, "small on disk");
        assertThrows(IOException.class, () -> FileText.of(bomb, DOCX), "read no further than 20 MB of one part");
    }

    @Test
    void keepsAtMostAHundredThousandCharactersAndIgnoresOtherTypes() throws IOException {
        var text = file("a.txt", "word ".repeat(50_000).getBytes(StandardCharsets.UTF_8));
        assertTrue(FileText.of(text, "text/plain").orElseThrow().length() <= FileText.MAX_CHARS);
        assertEquals(Optional.empty(), FileText.of(file("a.png", new byte[] {1, 2, 3}), "image/png"));
        assertThrows(IOException.class, () -> FileText.of(file("broken.docx", new byte[] {1, 2, 3}), DOCX));
    }
}
