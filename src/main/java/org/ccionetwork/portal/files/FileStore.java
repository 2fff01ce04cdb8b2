package org.ccionetwork.portal.files;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of shared files live. Two stores: the database (the default: every node of a
 * cluster sees the same files, no shared disk needed) and a folder (selected by configuration).
 * Both take and give streams, so no file is ever held whole in memory.
 */
public interface FileStore {

    /** Stores the stream's bytes and returns the key to find them again. */
    String put(InputStream in) throws IOException;

    /** The bytes stored under a key; the caller closes the stream. */
    InputStream open(String key) throws IOException;

    void delete(String key) throws IOException;
}
