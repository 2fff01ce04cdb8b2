package org.ccionetwork.portal.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.ccionetwork.portal.persistence.Database;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Chooses the file store from {@code portal.library.store}: {@code database} (default) or {@code folder}. */
@ApplicationScoped
public class FileStores {

    @Inject
    @ConfigProperty(name = "portal.library.store", defaultValue = "database")
    String store;

    @Inject
    @ConfigProperty(name = "portal.library.folder")
    java.util.Optional<String> folder;

    @Inject
    private Database database;

    private Path folder() {
        return folder.map(Path::of).orElseGet(() -> Path.of(System.getProperty("user.home"), ".ccio-portal", "files"));
    }

    @Produces
    @ApplicationScoped
    FileStore fileStore() {
        return switch (store) {
            case "folder" -> {
                try {
                    yield new FolderFileStore(folder());
                } catch (IOException e) {
                    throw new UncheckedIOException("The library's folder cannot be used: " + folder(), e);
                }
            }
            case "database" -> new DatabaseFileStore(database.dataSource());
            default ->
                throw new IllegalStateException("portal.library.store is 'database' or 'folder', not '" + store + "'");
        };
    }
}
