package org.ccionetwork.portal.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A rendered page kept for reuse, cut at the script nonce it was rendered with, so that every
 * response can carry its own nonce (never the same twice) and still be served from bytes prepared
 * once: the pieces between the nonces are kept plain and gzip-compressed. The nonce is cut out
 * wherever it stands: on script elements, and in the script that gives it to PrimeFaces
 * ({@code PrimeFaces.csp.init('…')}); 128 random bits are never there by chance.
 *
 * <p>Each piece is compressed on its own (a fresh dictionary, so nothing after a nonce refers back
 * into it) and ends on a byte boundary (a sync flush; the last piece ends the stream). A response's
 * nonce goes between them as a stored block, so a compressed hit costs copying the pieces and a
 * CRC-32 of the page: no compression per hit. Without a nonce (none rendered, or none for this
 * response), the page goes as it was rendered.
 */
public final class NoncedBody {

    private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private final List<byte[]> plain;
    private final List<byte[]> compressed;
    private final byte[] renderedWith;

    private NoncedBody(List<byte[]> plain, List<byte[]> compressed, byte[] renderedWith) {
        this.plain = plain;
        this.compressed = compressed;
        this.renderedWith = renderedWith;
    }

    /** Cuts the page at every occurrence of the nonce it was rendered with and compresses the pieces. */
    public static NoncedBody of(byte[] body, String renderedWith) {
        var pieces = new ArrayList<byte[]>();
        byte[] nonce = renderedWith == null ? new byte[0] : renderedWith.getBytes(StandardCharsets.US_ASCII);
        if (nonce.length == 0) {
            pieces.add(body);
        } else {
            int start = 0;
            for (int at = indexOf(body, nonce, 0); at >= 0; at = indexOf(body, nonce, start)) {
                pieces.add(java.util.Arrays.copyOfRange(body, start, at));
                start = at + nonce.length;
            }
            pieces.add(java.util.Arrays.copyOfRange(body, start, body.length));
        }
        var compressed = new ArrayList<byte[]>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            compressed.add(deflate(pieces.get(i), i == pieces.size() - 1));
        }
        return new NoncedBody(List.copyOf(pieces), List.copyOf(compressed), nonce);
    }

    /** The page with this nonce in the places of the one it was rendered with (as rendered when null). */
    public byte[] plain(String nonce) {
        byte[] inserted = inserted(nonce);
        var out = new ByteArrayOutputStream(plainLength() + plain.size() * inserted.length);
        for (int i = 0; i < plain.size(); i++) {
            if (i > 0) {
                out.writeBytes(inserted);
            }
            out.writeBytes(plain.get(i));
        }
        return out.toByteArray();
    }

    /** The same page as {@link #plain}, gzip-compressed: the prepared pieces with the nonce stored between them. */
    public byte[] gzip(String nonce) {
        byte[] inserted = inserted(nonce);
        var crc = new CRC32();
        long length = 0;
        int size = GZIP_HEADER.length + 8;
        for (byte[] piece : compressed) {
            size += piece.length + 5 + inserted.length;
        }
        var out = new ByteArrayOutputStream(size);
        out.writeBytes(GZIP_HEADER);
        for (int i = 0; i < compressed.size(); i++) {
            if (i > 0) {
                // A stored block, not the last: header bits 000 padded to the byte, LEN, NLEN, the bytes.
                out.write(0);
                out.write(inserted.length & 0xff);
                out.write(inserted.length >>> 8);
                out.write(~inserted.length & 0xff);
                out.write((~inserted.length >>> 8) & 0xff);
                out.writeBytes(inserted);
                crc.update(inserted);
                length += inserted.length;
            }
            out.writeBytes(compressed.get(i));
            crc.update(plain.get(i));
            length += plain.get(i).length;
        }
        writeIntLittleEndian(out, crc.getValue());
        writeIntLittleEndian(out, length);
        return out.toByteArray();
    }

    /** The bytes this body holds in memory, plain and compressed. */
    public long size() {
        long size = renderedWith.length;
        for (int i = 0; i < plain.size(); i++) {
            size += plain.get(i).length + compressed.get(i).length;
        }
        return size;
    }

    private int plainLength() {
        int length = 0;
        for (byte[] piece : plain) {
            length += piece.length;
        }
        return length;
    }

    private byte[] inserted(String nonce) {
        if (nonce == null) {
            return renderedWith;
        }
        byte[] bytes = nonce.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length > 0xffff) {
            throw new IllegalArgumentException("A nonce of " + bytes.length + " bytes");
        }
        return bytes;
    }

    /** A raw deflate stream of the piece alone, ending byte-aligned: with a sync flush, or as the last block. */
    private static byte[] deflate(byte[] piece, boolean last) {
        var deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(piece);
            var out = new ByteArrayOutputStream(piece.length / 3 + 64);
            var buffer = new byte[8192];
            if (last) {
                deflater.finish();
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
            } else {
                int written;
                do {
                    written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                    out.write(buffer, 0, written);
                } while (written == buffer.length);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void writeIntLittleEndian(ByteArrayOutputStream out, long value) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (value >>> (8 * i)) & 0xff);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
