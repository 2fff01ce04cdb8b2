package org.ccionetwork.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A request body of text read only as far as its limit: a body one character longer than allowed is
 * refused without the rest ever being read, however much a client sends.
 */
public final class BoundedText {

    private BoundedText() {}

    /** The UTF-8 text, or empty when it has more than {@code maxChars} characters (reading stops there). */
    public static Optional<String> read(InputStream body, int maxChars) {
        if (body == null) {
            return Optional.of("");
        }
        try (Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8)) {
            var text = new StringBuilder(Math.min(maxChars + 1, 8192));
            var buffer = new char[8192];
            int read;
            while ((read = reader.read(buffer, 0, Math.min(buffer.length, maxChars + 1 - text.length()))) > 0) {
                text.append(buffer, 0, read);
                if (text.length() > maxChars) {
                    return Optional.empty();
                }
            }
            return Optional.of(text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
