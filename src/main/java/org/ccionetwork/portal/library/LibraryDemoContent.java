package org.ccionetwork.portal.library;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.ccionetwork.portal.demo.DemoContent;
import org.ccionetwork.portal.files.FileStore;
import org.ccionetwork.portal.files.FileTypes;
import org.ccionetwork.portal.members.Member;
import org.ccionetwork.portal.members.MemberService;
import org.ccionetwork.portal.persistence.Database;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.security.Role;
import org.ccionetwork.portal.security.SignInClaims;
import org.ccionetwork.portal.shared.Visibility;
import org.ccionetwork.portal.text.Markdown;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo library for the run command: the collections, a handbook and a manual as real PDFs (one
 * due for review), a CSV template, and links, public and members-only. Loaded once: not again
 * when its "handbooks" collection exists.
 */
@ApplicationScoped
public class LibraryDemoContent {

    private static final Logger LOG = Logger.getLogger(LibraryDemoContent.class.getName());

    @Inject
    @ConfigProperty(name = "portal.demo-content", defaultValue = "false")
    boolean enabled;

    @Inject
    private Database database;

    @Inject
    private Seeder seeder;

    void seedOnStart(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 1200) @Initialized(ApplicationScoped.class)
                    Object event) {
        DemoContent.load(enabled, database, "library", seeder::seed, LOG);
    }

    /** The transactional part. */
    @ApplicationScoped
    @Transactional
    public static class Seeder {

        @Inject
        @PortalData
        private EntityManager em;

        @Inject
        private MemberService members;

        @Inject
        private FileStore store;

        @Inject
        private Clock clock;

        boolean seed() {
            if (em.createQuery("select count(c) from Collection c where c.slug = 'handbooks'", Long.class)
                            .getSingleResult()
                    > 0) {
                return false;
            }
            var handbooks = collection(
                    "handbooks", "Handbooks", "The network's handbooks, kept up to date by their owners.", 1, true);
            var manuals = collection(
                    "best-practice", "Best-practice manuals", "How members did it: reviewed guidance.", 2, true);
            var slides = collection(
                    "event-slides", "Event slides", "Slides from the summer school and regional events.", 3, false);
            var templates =
                    collection("templates", "Templates", "Business cases, safety case outlines, job plans.", 4, false);
            collection(
                    "job-descriptions",
                    "Job descriptions",
                    "CCIO, CNIO and CMIO roles from member organisations.",
                    5,
                    false);
            var links = collection("links", "Links", "Useful pages elsewhere.", 6, false);

            var priya = person("demo-priya", "Dr Priya Raman");
            var tom = person("demo-tom", "Tom Okoye");
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, org.ccionetwork.portal.text.Formats.UK);

            var handbook = file(
                    priya,
                    handbooks,
                    "The CCIO handbook (2026 edition)",
                    "What a CCIO does in the first year: governance, clinical safety, the EPR journey and the team.",
                    List.of("ccio", "handbook"),
                    Visibility.PUBLIC,
                    "ccio-handbook-2026.pdf",
                    pdf(
                            "The CCIO handbook",
                            "2026 edition",
                            "1. Your first hundred days",
                            "2. Clinical safety: DCB0129 and DCB0160",
                            "3. Leading an EPR programme",
                            "4. Building the team"));
            handbook.review(priya, today.plusMonths(10));
            var manual = file(
                    tom,
                    manuals,
                    "Go-live readiness: a best-practice manual",
                    "Checklists from five EPR go-lives: cutover, command centre, super-users, benefits tracking.",
                    List.of("epr", "go-live"),
                    Visibility.MEMBERS,
                    "go-live-readiness.pdf",
                    pdf(
                            "Go-live readiness",
                            "A best-practice manual",
                            "Cutover rehearsals",
                            "Command centre rota",
                            "Super-user model"));
            manual.review(tom, today.minusDays(3));
            file(
                    priya,
                    slides,
                    "Summer school 2026: opening keynote",
                    "Slides from the opening keynote on clinical leadership in digital change.",
                    List.of("summer-school", "events"),
                    Visibility.MEMBERS,
                    "summer-school-keynote.pdf",
                    pdf(
                            "Clinical leadership in digital change",
                            "Summer school 2026",
                            "Why clinicians lead",
                            "What we learnt"));
            file(
                    tom,
                    templates,
                    "Business case template for an e-observations system",
                    "A CSV of the cost and benefit lines most trusts needed, ready for a spreadsheet.",
                    List.of("business-case", "template"),
                    Visibility.PUBLIC,
                    "e-obs-business-case.csv",
                    "line,year 1,year 2,year 3\nlicences,120000,120000,120000\ndevices,80000,0,0\nnursing time saved (hours),0,5200,7800\n"
                            .getBytes(StandardCharsets.UTF_8));
            link(
                    priya,
                    links,
                    "NHS England: What Good Looks Like",
                    "The framework most digital strategies are measured against.",
                    "https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/",
                    List.of("strategy"),
                    Visibility.PUBLIC);
            link(
                    tom,
                    links,
                    "DCB0129 and DCB0160 standards",
                    "The clinical risk management standards for manufacturers and deployers.",
                    "https://digital.nhs.uk/data-and-information/information-standards",
                    List.of("clinical-safety"),
                    Visibility.MEMBERS);
            return true;
        }

        private Collection collection(String slug, String name, String description, int position, boolean reviewed) {
            var collection = new Collection(slug, name, description, position, reviewed);
            em.persist(collection);
            return collection;
        }

        private Member person(String key, String name) {
            return members.findByUsername(key.replace("demo-", ""))
                    .orElseGet(() -> members.recordSignIn(new SignInClaims(
                            "demo:" + key,
                            key.replace("demo-", ""),
                            name,
                            key + "@example.org",
                            null,
                            null,
                            Set.of(Role.MEMBER))));
        }

        private Item item(
                Member sharer,
                ItemKind kind,
                Collection collection,
                String title,
                String description,
                List<String> tags,
                Visibility visibility,
                String link) {
            Instant now = clock.instant();
            var item = new Item(kind, sharer, now);
            item.describe(
                    new ItemDetails(title, description, collection.getSlug(), tags, visibility, link),
                    collection,
                    Markdown.toSafeHtml(description),
                    now);
            em.persist(item);
            em.flush();
            return item;
        }

        private void link(
                Member sharer,
                Collection collection,
                String title,
                String description,
                String url,
                List<String> tags,
                Visibility visibility) {
            item(sharer, ItemKind.LINK, collection, title, description, tags, visibility, url);
        }

        private Item file(
                Member sharer,
                Collection collection,
                String title,
                String description,
                List<String> tags,
                Visibility visibility,
                String fileName,
                byte[] bytes) {
            var item = item(sharer, ItemKind.FILE, collection, title, description, tags, visibility, null);
            try {
                Path temporary = Files.createTempFile("portal-demo-", ".bin");
                try {
                    Files.write(temporary, bytes);
                    var type = FileTypes.of(temporary, fileName).orElseThrow();
                    var preview = Previews.draw(temporary, type);
                    String key = store.put(Files.newInputStream(temporary));
                    String sha256 = HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
                    var upload = new Upload(
                            UUID.randomUUID().toString(),
                            sharer.getId(),
                            fileName,
                            type.contentType(),
                            bytes.length,
                            sha256,
                            key,
                            preview.map(p -> p.contentType()).orElse(null),
                            preview.map(p -> p.bytes()).orElse(null),
                            clock.instant());
                    em.persist(new ItemVersion(
                            item, item.nextVersion(clock.instant()), upload, "First version", sharer, clock.instant()));
                } finally {
                    Files.deleteIfExists(temporary);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            return item;
        }

        /** A small real PDF: a title page with headings. */
        static byte[] pdf(String title, String subtitle, String... headings) {
            try (var document = new PDDocument();
                    var out = new java.io.ByteArrayOutputStream()) {
                var page = new PDPage();
                document.addPage(page);
                try (var text = new PDPageContentStream(document, page)) {
                    text.setNonStrokingColor(0f, 0.37f, 0.72f);
                    text.addRect(0, 700, 612, 92);
                    text.fill();
                    text.beginText();
                    text.setNonStrokingColor(1f, 1f, 1f);
                    text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 26);
                    text.newLineAtOffset(50, 740);
                    text.showText(title);
                    text.endText();
                    text.beginText();
                    text.setNonStrokingColor(0f, 0f, 0f);
                    text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 16);
                    text.newLineAtOffset(50, 660);
                    text.showText(subtitle);
                    for (String heading : headings) {
                        text.newLineAtOffset(0, -36);
                        text.showText(heading);
                    }
                    text.endText();
                }
                document.save(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
