package org.ccionetwork.portal.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Files kept in a folder (a shared volume when clustered). Keys are random names the store makes,
 * never anything a member typed, so no name can point outside the folder.
 */
public class FolderFileStore implements FileStore {

    private final Path folder;

    public FolderFileStore(Path folder) throws IOException {
        this.folder = Files.createDirectories(folder);
    }

    @Override
    public String put(InputStream in) throws IOException {
        String key = UUID.randomUUID().toString();
        Path partial = folder.resolve(key + ".partial");
        try {
            Files.copy(in, partial);
            Files.move(partial, folder.resolve(key), StandardCopyOption.ATOMIC_MOVE);
            return key;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(file(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(file(key));
    }

    private Path file(String key) throws IOException {
        if (!key.matches("[0-9a-f-]{36}")) {
            throw new IOException("Not a key of this store: " + key);
        }
        return folder.resolve(key);
    }
}
