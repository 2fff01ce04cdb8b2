package org.ccionetwork.portal.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The words inside a shared file, for the search: a PDF's text (PDFBox), the text of Word,
 * PowerPoint and Excel files (OOXML) and of OpenDocument files, read from the XML inside them, and
 * plain text and CSV as they are. The type is the one decided from the bytes ({@link FileTypes},
 * Apache Tika's detection). Tika's own parsers would bring about 49 MB of libraries (POI, Bouncy
 * Castle) into the WAR for formats the library takes already, so these few readers do it instead;
 * old binary Office files (.doc, .ppt, .xls) have no text here.
 *
 * <p>Bounded: at most {@link #MAX_CHARS} characters are kept, a PDF is read for at most
 * {@link #MAX_PDF_PAGES} pages, and no part inside a ZIP is read past {@link #MAX_PART_BYTES}
 * uncompressed bytes (a "ZIP bomb" stops there). The caller bounds the time.
 */
public final class FileText {

    public static final int MAX_CHARS = 100_000;
    static final int MAX_PDF_PAGES = 300;
    static final long MAX_PART_BYTES = 20L * 1024 * 1024;
    private static final int MAX_PARTS = 500;

    private static final Pattern SLIDE = Pattern.compile("ppt/slides/slide[0-9]+\\.xml");
    private static final Pattern SHEET_STRINGS = Pattern.compile("xl/sharedStrings\\.xml");
    private static final Pattern WORD = Pattern.compile("word/(document|footnotes|endnotes)\\.xml");

    private FileText() {}

    /** The text of the file, or empty when it has none this can read. */
    public static Optional<String> of(Path file, String contentType) throws IOException {
        var text = new Limited();
        switch (contentType) {
            case "application/pdf" -> pdf(file, text);
            case "text/plain", "text/csv" -> {
                try (var in = new java.io.InputStreamReader(
                        java.nio.file.Files.newInputStream(file), java.nio.charset.StandardCharsets.UTF_8)) {
                    char[] buffer = new char[8192];
                    int n;
                    while (!text.full() && (n = in.read(buffer)) > 0) {
                        text.append(new String(buffer, 0, n));
                    }
                }
            }
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" ->
                zip(file, WORD, "t", text);
            case "application/vnd.openxmlformats-officedocument.presentationml.presentation" ->
                zip(file, SLIDE, "t", text);
            case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" ->
                zip(file, SHEET_STRINGS, "t", text);
            case "application/vnd.oasis.opendocument.text",
                    "application/vnd.oasis.opendocument.presentation",
                    "application/vnd.oasis.opendocument.spreadsheet" ->
                zip(file, Pattern.compile("content\\.xml"), null, text);
            default -> {
                return Optional.empty();
            }
        }
        String found = text.toString().replaceAll("\\s+", " ").strip();
        return found.isEmpty() ? Optional.empty() : Optional.of(found);
    }

    private static void pdf(Path file, Limited text) throws IOException {
        try (var document = Loader.loadPDF(file.toFile(), null, null, null, IOUtils.createTempFileOnlyStreamCache())) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            stripper.setStartPage(1);
            stripper.setEndPage(Math.min(document.getNumberOfPages(), MAX_PDF_PAGES));
            text.append(stripper.getText(document));
        }
    }

    /**
     * The text of the ZIP's parts whose names match, in order: the text inside elements of that
     * local name (OOXML's {@code t} runs), or all text (OpenDocument).
     */
    private static void zip(Path file, Pattern parts, String element, Limited text) throws IOException {
        try (var zip = new ZipFile(file.toFile())) {
            var entries = zip.stream()
                    .filter(e -> parts.matcher(e.getName()).matches())
                    .sorted(java.util.Comparator.comparing(
                                    (ZipEntry e) -> e.getName().length())
                            .thenComparing(ZipEntry::getName))
                    .limit(MAX_PARTS)
                    .toList();
            for (ZipEntry entry : entries) {
                if (text.full()) {
                    return;
                }
                try (InputStream in = new Bounded(zip.getInputStream(entry), MAX_PART_BYTES)) {
                    xml(in, element, text);
                }
            }
        }
    }

    private static void xml(InputStream in, String element, Limited text) throws IOException {
        var factory = XMLInputFactory.newFactory();
        // No DTDs, no external entities: the XML is a stranger's.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            var reader = factory.createXMLStreamReader(in);
            int depth = 0;
            while (reader.hasNext() && !text.full()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (element == null || element.equals(reader.getLocalName())) {
                        depth++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (element == null || element.equals(reader.getLocalName())) {
                        depth = Math.max(0, depth - 1);
                        text.append(" ");
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && depth > 0) {
                    text.append(reader.getText());
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("Not readable XML: " + e.getMessage(), e);
        }
    }

    /** Text up to {@link #MAX_CHARS}. */
    private static final class Limited {
        private final StringBuilder text = new StringBuilder();

        void append(String more) {
            int room = MAX_CHARS - text.length();
            text.append(more, 0, Math.min(room, more.length()));
        }

        boolean full() {
            return text.length() >= MAX_CHARS;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** A stream that ends in an error past its limit. */
    private static final class Bounded extends java.io.FilterInputStream {
        private long left;

        Bounded(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                throw new IOException("A part inside the file is larger than " + MAX_PART_BYTES + " bytes");
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                throw new IOException("A part inside the file is larger than " + MAX_PART_BYTES + " bytes");
            }
            int n = super.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
