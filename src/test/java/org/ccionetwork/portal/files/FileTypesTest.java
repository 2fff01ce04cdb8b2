package org.ccionetwork.portal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTypesTest {

    @TempDir
    Path folder;

    private Optional<String> typeOf(String name, byte[] bytes) throws IOException {
        Path file = Files.write(folder.resolve("f" + System.nanoTime()), bytes);
        return FileTypes.of(file, name).map(FileTypes.FileType::contentType);
    }

    /** A minimal Office Open XML package, as Word writes it. */
    static byte[] docx() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            entry(
                    zip,
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(
                    zip,
                    "_rels/.rels",
                    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            entry(
                    zip,
                    "word/document.xml",
                    "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void allowedKindsAreRecognisedFromTheirBytes() throws IOException {
        assertEquals(Optional.of("application/pdf"), typeOf("report.pdf", pdf()));
        assertEquals(Optional.of("application/pdf"), typeOf("report.txt", pdf()), "a PDF is a PDF whatever its name");
        assertEquals(Optional.of("application/pdf"), typeOf("plan.docx", pdf()), "and is served as a PDF, not as Word");
        assertEquals(
                Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                typeOf("plan.docx", docx()));
        assertEquals(
                Optional.of("text/csv"),
                typeOf("costs.csv", "line,year 1\nlicences,12\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.of("text/plain"), typeOf("notes.txt", "Plain notes.\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.of("image/png"), typeOf("chart.png", ImagesTestData.png(20, 10)));
    }

    @Test
    void dangerousFilesAreRefusedWhateverTheyAreCalled() throws IOException {
        byte[] html =
                "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), typeOf("report.pdf", html), "HTML named .pdf");
        assertEquals(Optional.empty(), typeOf("notes.txt", html), "HTML named .txt");
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), typeOf("report.pdf", svg), "SVG named .pdf");
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0};
        assertEquals(Optional.empty(), typeOf("report.pdf", elf), "a Linux program");
        byte[] exe = "MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(Optional.empty(), typeOf("setup.docx", exe), "a Windows program");
        assertEquals(Optional.empty(), typeOf("script.sh", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void namesAreKeptSafe() {
        assertTrue(FileTypes.hasPath("../../etc/passwd.pdf"));
        assertTrue(FileTypes.hasPath("..\\boot.ini"));
        assertTrue(FileTypes.hasPath("C:report.pdf"));
        assertTrue(FileTypes.hasPath("a\u0000.pdf"));
        assertFalse(FileTypes.hasPath("Go-live checklist v2.pdf"));
        assertEquals("Go-live checklist v2.pdf", FileTypes.safeName("Go-live checklist v2.pdf"));
        assertEquals("report_1_.pdf", FileTypes.safeName("report<1>.pdf"));
        assertEquals("hidden.pdf", FileTypes.safeName("...hidden.pdf"));
        assertEquals("file", FileTypes.safeName("   "));
        String longName = "x".repeat(300) + ".pdf";
        assertEquals(150, FileTypes.safeName(longName).length());
        assertTrue(FileTypes.safeName(longName).endsWith(".pdf"));
    }
}
