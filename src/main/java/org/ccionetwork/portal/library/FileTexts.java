package org.ccionetwork.portal.library;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.ccionetwork.portal.files.BoundedWork;
import org.ccionetwork.portal.files.FileText;
import org.ccionetwork.portal.files.FileTypes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The words inside a shared file, read when it is stored, for the search: on a few threads of their
 * own within a time limit ({@code portal.library.text-seconds}), like previews, so a file built to
 * take minutes only loses its text.
 */
@ApplicationScoped
public class FileTexts {

    @Inject
    @ConfigProperty(name = "portal.library.text-seconds", defaultValue = "20")
    int seconds;

    @Resource
    private ManagedThreadFactory threadFactory;

    private BoundedWork work;

    @PostConstruct
    void start() {
        work = new BoundedWork(2, 4, Duration.ofSeconds(seconds), threadFactory);
    }

    @PreDestroy
    void stop() {
        work.close();
    }

    Optional<String> of(Path file, FileTypes.FileType type) {
        return work.run("the text of a " + type.label(), () -> {
            try {
                return FileText.of(file, type.contentType());
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        });
    }
}
