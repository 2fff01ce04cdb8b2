package org.ccionetwork.portal.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.ccionetwork.portal.files.FileStore;
import org.ccionetwork.portal.files.FileTypes;
import org.ccionetwork.portal.security.Viewer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes a file as it arrives: refuses it before reading when its announced size is over the limit,
 * counts while reading and stops at the limit (so nothing larger is ever kept, in memory or on
 * disk), computes its SHA-256 on the way, then decides its type from the bytes, makes a preview and
 * stores it. What is refused leaves nothing behind.
 */
@ApplicationScoped
public class UploadReceiver {

    private static final int STATUS_TOO_LARGE = 413;
    private static final int STATUS_UNSUPPORTED = 415;
    private static final int STATUS_BAD = 400;
    private static final int STATUS_TOO_MANY = 429;

    @Inject
    @ConfigProperty(name = "portal.library.max-mb", defaultValue = "50")
    int maxMb;

    @Inject
    private FileStore store;

    @Inject
    private LibraryService library;

    @Inject
    private Uploads uploads;

    @Inject
    private Previews previews;

    @Inject
    private FileTexts fileTexts;

    public long maxBytes() {
        return maxMb * 1024L * 1024L;
    }

    public int maxMb() {
        return maxMb;
    }

    public Upload receive(Viewer viewer, String name, long announcedLength, InputStream body)
            throws UploadRefusedException, IOException {
        viewer.requireMember();
        if (name == null || name.isBlank()) {
            throw new UploadRefusedException(STATUS_BAD, "The file has no name.");
        }
        if (FileTypes.hasPath(name)) {
            throw new UploadRefusedException(
                    STATUS_BAD, "The file name may not contain folders or '..': rename the file and try again.");
        }
        if (announcedLength > maxBytes()) {
            throw tooLarge();
        }
        try {
            uploads.checkUploadAllowance(viewer, announcedLength);
        } catch (Uploads.AllowanceExceededException e) {
            throw new UploadRefusedException(STATUS_TOO_MANY, e.getMessage());
        }
        Path temporary = Files.createTempFile("portal-upload-", ".part");
        try {
            MessageDigest sha256 = sha256();
            long size;
            // Not closed here: the servlet may still have to read what is left of a refused body.
            var counted = new LimitedInputStream(new DigestInputStream(body, sha256), maxBytes());
            try {
                size = Files.copy(counted, temporary, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (LimitedInputStream.LimitExceededException e) {
                throw tooLarge();
            }
            if (size == 0) {
                throw new UploadRefusedException(STATUS_BAD, "The file is empty.");
            }
            var type = FileTypes.of(temporary, name)
                    .orElseThrow(() -> new UploadRefusedException(
                            STATUS_UNSUPPORTED,
                            "This kind of file cannot be shared here. The library takes PDF, Word, PowerPoint, Excel,"
                                    + " OpenDocument, JPEG, PNG, GIF, text and CSV files."));
            var preview = previews.of(temporary, type);
            var text = fileTexts.of(temporary, type);
            String key;
            try (var in = Files.newInputStream(temporary)) {
                key = store.put(in);
            }
            try {
                return uploads.recordUpload(
                        viewer,
                        FileTypes.safeName(name),
                        type.contentType(),
                        size,
                        HexFormat.of().formatHex(sha256.digest()),
                        key,
                        preview.map(p -> p.contentType()).orElse(null),
                        preview.map(p -> p.bytes()).orElse(null),
                        text.orElse(null));
            } catch (Uploads.AllowanceExceededException e) {
                store.delete(key);
                throw new UploadRefusedException(STATUS_TOO_MANY, e.getMessage());
            } catch (RuntimeException e) {
                store.delete(key);
                throw e;
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private UploadRefusedException tooLarge() {
        return new UploadRefusedException(
                STATUS_TOO_LARGE, "The file is larger than " + maxMb + " MB, the library's limit.");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stream that fails as soon as more than the limit has been read. */
    static final class LimitedInputStream extends java.io.FilterInputStream {
        static final class LimitExceededException extends IOException {
            LimitExceededException() {
                super("over the limit");
            }
        }

        private final long limit;
        private long count;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count(read);
            }
            return read;
        }

        private void count(long read) throws LimitExceededException {
            count += read;
            if (count > limit) {
                throw new LimitExceededException();
            }
        }
    }
}
