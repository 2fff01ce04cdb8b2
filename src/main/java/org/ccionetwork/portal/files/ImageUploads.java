package org.ccionetwork.portal.files;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.validator.ValidatorException;
import jakarta.servlet.http.Part;
import java.io.IOException;

/**
 * An image chosen in a form's file field (an article's lead image, a member's picture), checked in
 * the form's validation phase: its size first, then its bytes. What is wrong is said beside the
 * field, in the words the form uses for it.
 */
public final class ImageUploads {

    /** What to make of the bytes (sizes for an article, a square for an avatar). */
    @FunctionalInterface
    public interface Decoder<T> {
        T decode(byte[] bytes) throws Images.NotAnImageException;
    }

    private ImageUploads() {}

    /**
     * The decoded upload, or null when no file was chosen.
     *
     * @param word what the form calls it ("image", "picture")
     */
    public static <T> T read(Object value, int maxMb, String word, Decoder<T> decoder) {
        if (!(value instanceof Part part)
                || part.getSize() == 0
                        && (part.getSubmittedFileName() == null
                                || part.getSubmittedFileName().isEmpty())) {
            return null;
        }
        if (part.getSize() > maxMb * 1024L * 1024L) {
            throw invalid("The " + word + " is larger than " + maxMb + " MB.");
        }
        try (var in = part.getInputStream()) {
            return decoder.decode(in.readNBytes((int) part.getSize()));
        } catch (Images.NotAnImageException e) {
            throw invalid(e.getMessage());
        } catch (IOException e) {
            throw invalid("The " + word + " did not arrive whole. Please choose it again.");
        }
    }

    private static ValidatorException invalid(String message) {
        return new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }
}
