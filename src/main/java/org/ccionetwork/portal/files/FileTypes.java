package org.ccionetwork.portal.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;

/**
 * What kind of file a member shared, decided from its bytes (Apache Tika) and never from the name
 * or the browser's claim alone. The name only tells apart formats whose bytes are one family
 * (Word, Excel and PowerPoint files are all Office Open XML packages; CSV is plain text). Only the
 * kinds the library takes are allowed: PDF, Word, PowerPoint, Excel, OpenDocument, JPEG, PNG, GIF,
 * plain text and CSV. HTML, SVG, scripts and programs never are.
 */
public final class FileTypes {

    /** An allowed kind: its content type, a word for people, and whether browsers may show it inline. */
    public record FileType(String contentType, String label, boolean inline) {}

    private static final Tika TIKA = new Tika();
    private static final String OOXML = "application/x-tika-ooxml";
    private static final String OLE2 = "application/x-tika-msoffice";

    private static final Map<String, FileType> ALLOWED = Map.ofEntries(
            type("application/pdf", "PDF", true),
            type("image/jpeg", "JPEG image", true),
            type("image/png", "PNG image", true),
            type("image/gif", "GIF image", true),
            type("text/plain", "Text", false),
            type("text/csv", "CSV", false),
            type("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word", false),
            type("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint", false),
            type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel", false),
            type("application/msword", "Word", false),
            type("application/vnd.ms-powerpoint", "PowerPoint", false),
            type("application/vnd.ms-excel", "Excel", false),
            type("application/vnd.oasis.opendocument.text", "OpenDocument text", false),
            type("application/vnd.oasis.opendocument.presentation", "OpenDocument presentation", false),
            type("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet", false));

    private static Map.Entry<String, FileType> type(String contentType, String label, boolean inline) {
        return Map.entry(contentType, new FileType(contentType, label, inline));
    }

    private FileTypes() {}

    /** The allowed kind of the file, or nothing when the portal does not take it. */
    public static Optional<FileType> of(Path file, String name) throws IOException {
        String fromBytes;
        try (InputStream in = TikaInputStream.get(file)) {
            fromBytes = TIKA.detect(in);
        }
        String withName;
        try (InputStream in = TikaInputStream.get(file)) {
            withName = TIKA.detect(in, name);
        }
        return decide(fromBytes, withName);
    }

    static Optional<FileType> decide(String fromBytes, String withName) {
        FileType named = ALLOWED.get(withName);
        if (named == null) {
            return Optional.empty();
        }
        boolean sameFamily = fromBytes.equals(withName)
                || (fromBytes.equals(OOXML) && withName.startsWith("application/vnd.openxmlformats-officedocument."))
                || (fromBytes.equals(OLE2)
                        && (withName.equals("application/msword") || withName.startsWith("application/vnd.ms-")))
                || (fromBytes.equals("text/plain") && withName.equals("text/csv"));
        return sameFamily ? Optional.of(named) : Optional.empty();
    }

    /** What the detector says of some bytes alone (for images and tests). */
    public static String detect(byte[] bytes) {
        return TIKA.detect(bytes);
    }

    /**
     * The name a file is kept under: the last part of what the browser sent, with anything but
     * letters, digits, dots, dashes, underscores and spaces replaced. A name with folders in it
     * ("../../x") is refused before this.
     */
    public static String safeName(String name) {
        String base = name == null ? "" : name.strip();
        String safe = base.replaceAll("[^\\p{L}\\p{N}._ -]", "_")
                .replaceAll("^[.\\s]+", "")
                .replaceAll("\\s+", " ");
        if (safe.length() > 150) {
            int dot = safe.lastIndexOf('.');
            String extension = dot > 0 && safe.length() - dot <= 10 ? safe.substring(dot) : "";
            safe = safe.substring(0, 150 - extension.length()) + extension;
        }
        return safe.isBlank() ? "file" : safe;
    }

    /** Whether a name tries to say where the file goes (a folder, a parent, a drive). */
    public static boolean hasPath(String name) {
        return name == null
                || name.contains("/")
                || name.contains("\\")
                || name.contains("..")
                || name.contains(":")
                || name.chars().anyMatch(c -> c < 32);
    }
}
