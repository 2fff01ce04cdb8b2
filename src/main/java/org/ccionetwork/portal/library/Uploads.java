package org.ccionetwork.portal.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.persistence.Times;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;

/**
 * Files members upload before they share them: recorded (checked against each member's allowance
 * per hour and per day, atomically), handed to their uploader only, and forgotten when never used.
 */
@ApplicationScoped
@Transactional
public class Uploads {

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private Clock clock;

    // ---- sharing

    /** More uploads, or more bytes, than a member may send in the time: the message says which and when. */
    public static final class AllowanceExceededException extends NotAllowedException {
        AllowanceExceededException(String message) {
            super(message);
        }
    }

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(
            name = "portal.library.uploads-per-hour",
            defaultValue = "20")
    int uploadsPerHour;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(
            name = "portal.library.upload-mb-per-day",
            defaultValue = "500")
    int uploadMbPerDay;

    /**
     * Refuses a file that would take the member past their uploads in the last hour or their bytes in
     * the last day (files shared or still waiting in a form both count). Called before the file is
     * read, with the size the browser announced, and again when it is recorded, atomically.
     */
    public void checkUploadAllowance(Viewer viewer, long bytes) {
        viewer.requireMember();
        var now = clock.instant();
        if (uploadsSince(viewer, now.minus(java.time.Duration.ofHours(1)))[0] >= uploadsPerHour) {
            throw new AllowanceExceededException("You have uploaded " + uploadsPerHour
                    + " files in the last hour, the most the library takes. Please try again in an hour.");
        }
        long day = uploadsSince(viewer, now.minus(java.time.Duration.ofDays(1)))[1];
        if (day + Math.max(0, bytes) > uploadMbPerDay * 1024L * 1024L) {
            throw new AllowanceExceededException("This file would take your uploads past " + uploadMbPerDay
                    + " MB in a day, the most the library takes. Please try again tomorrow.");
        }
    }

    /** How many files, and how many bytes, the member has uploaded since then. */
    private long[] uploadsSince(Viewer viewer, Instant since) {
        var waiting = em.createQuery(
                        "select count(u), coalesce(sum(u.file.sizeBytes), 0) from Upload u"
                                + " where u.memberId = :m and u.created > :since",
                        Object[].class)
                .setParameter("m", viewer.memberId())
                .setParameter("since", Times.stored(since))
                .getSingleResult();
        var shared = em.createQuery(
                        "select count(v), coalesce(sum(v.file.sizeBytes), 0) from ItemVersion v"
                                + " where v.uploader.id = :m and v.created > :since",
                        Object[].class)
                .setParameter("m", viewer.memberId())
                .setParameter("since", Times.stored(since))
                .getSingleResult();
        return new long[] {
            ((Number) waiting[0]).longValue() + ((Number) shared[0]).longValue(),
            ((Number) waiting[1]).longValue() + ((Number) shared[1]).longValue()
        };
    }

    /**
     * Forgets the uploads sent before then and never shared (a form left open, a tab closed) and
     * answers the keys of their stored bytes, for the caller to delete once this has committed.
     */
    public List<String> forgetUnusedUploads(Instant before) {
        var tokens = em.createQuery("select u.token from Upload u where u.created < :before", String.class)
                .setParameter("before", Times.stored(before))
                .setMaxResults(500)
                .getResultList();
        // Each locked, as upload() locks the one it shares: a file is either shared or purged, never both.
        var unused = tokens.stream()
                .map(token -> em.find(Upload.class, token, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE))
                .filter(java.util.Objects::nonNull)
                .toList();
        unused.forEach(em::remove);
        return unused.stream().map(u -> u.getFile().getBlobKey()).toList();
    }

    public Upload recordUpload(
            Viewer viewer,
            String fileName,
            String contentType,
            long size,
            String sha256,
            String blobKey,
            String previewType,
            byte[] preview,
            String text) {
        viewer.requireMember();
        // One upload of this member at a time from here to commit, so the check counts the others.
        org.ccionetwork.portal.members.Contributions.begin(em, viewer.memberId(), clock.instant());
        checkUploadAllowance(viewer, size);
        var upload = new Upload(
                UUID.randomUUID().toString(),
                viewer.memberId(),
                fileName,
                contentType,
                size,
                sha256,
                blobKey,
                previewType,
                preview,
                text,
                clock.instant());
        em.persist(upload);
        // Written now: a pessimistic find of it later in the same transaction asks the database.
        em.flush();
        return upload;
    }

    /** A file the viewer uploaded and has not used yet. */
    public Upload upload(Viewer viewer, String token) {
        viewer.requireMember();
        return Optional.ofNullable(
                        token == null
                                ? null
                                : em.find(Upload.class, token, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE))
                .filter(u -> viewer.is(u.getMemberId()))
                .orElseThrow(() -> new NotAllowedException(
                        "Choose the file to share (the upload was not found; please upload it again)."));
    }
}
