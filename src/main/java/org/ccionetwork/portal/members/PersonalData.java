package org.ccionetwork.portal.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ccionetwork.portal.files.FileStore;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.Database;
import org.ccionetwork.portal.shared.FileTypes;

/**
 * A member's own data, as a ZIP of JSON files and the files they uploaded: their profile, posts,
 * shared items, likes and notifications, and nothing of anyone else's. Written as it is read, so
 * a member with many files costs no more memory than one.
 */
@ApplicationScoped
public class PersonalData {

    @Inject
    private Database database;

    @Inject
    private FileStore store;

    @Inject
    private MemberService members;

    public void export(Viewer viewer, OutputStream out) throws IOException {
        var me = members.me(viewer);
        long id = me.getId();
        try (var zip = new ZipOutputStream(out);
                Connection connection = database.dataSource().getConnection()) {
            var profile = Json.createObjectBuilder()
                    .add("username", me.getUsername())
                    .add("displayName", me.getDisplayName())
                    .add("roles", me.roles().toString());
            optional(profile, "email", me.getEmail());
            optional(profile, "organisationCode", me.getOrganisationCode());
            optional(profile, "organisationName", me.getOrganisationName());
            optional(profile, "jobTitle", me.getJobTitle());
            optional(
                    profile,
                    "professionalRole",
                    me.getProfessionalRole() == null
                            ? null
                            : me.getProfessionalRole().name());
            optional(profile, "region", me.getRegion());
            optional(profile, "specialty", me.getSpecialty());
            optional(profile, "expertise", String.join(" ", me.getExpertiseList()));
            optional(profile, "bio", me.getBioSource());
            profile.add("hiddenFromDirectory", me.getHidden().toString())
                    .add("firstSignIn", me.getFirstSeen().toString())
                    .add("lastSignIn", me.getLastSeen().toString());
            json(zip, "profile.json", profile.build().toString());
            json(
                    zip,
                    "posts.json",
                    rows(
                            connection,
                            "select p.id, p.topic_id, t.title, p.post_number, p.created, p.edited, p.deleted, p.body_source"
                                    + " from forum_posts p join forum_topics t on t.id = p.topic_id where p.author_id = ? order by p.id",
                            id,
                            "id",
                            "topicId",
                            "topicTitle",
                            "number",
                            "created",
                            "edited",
                            "removed",
                            "body"));
            json(
                    zip,
                    "likes.json",
                    rows(
                            connection,
                            "select l.post_id, p.topic_id, l.created from forum_likes l join forum_posts p on p.id = l.post_id"
                                    + " where l.member_id = ? order by l.created",
                            id,
                            "postId",
                            "topicId",
                            "created"));
            json(
                    zip,
                    "notifications.json",
                    rows(
                            connection,
                            "select n.kind, n.topic_id, n.post_number, n.created, n.read_at from notifications n"
                                    + " where n.recipient_id = ? order by n.id",
                            id,
                            "kind",
                            "topicId",
                            "postNumber",
                            "created",
                            "read"));
            json(
                    zip,
                    "library-items.json",
                    rows(
                            connection,
                            "select i.id, i.kind, i.title, i.description_source, i.tags, i.visibility, i.link_url,"
                                    + " i.created from library_items i where i.sharer_id = ? and i.deleted = false order by i.id",
                            id,
                            "id",
                            "kind",
                            "title",
                            "description",
                            "tags",
                            "visibility",
                            "link",
                            "created"));
            json(
                    zip,
                    "library-versions.json",
                    rows(
                            connection,
                            "select v.item_id, v.number, v.file_name, v.content_type, v.size_bytes, v.sha256,"
                                    + " v.change_note, v.created from library_versions v where v.uploader_id = ? order by v.id",
                            id,
                            "itemId",
                            "version",
                            "fileName",
                            "contentType",
                            "size",
                            "sha256",
                            "changeNote",
                            "created"));
            try (var files = connection.prepareStatement(
                    "select item_id, number, file_name, blob_key from library_versions where uploader_id = ? order by id")) {
                files.setLong(1, id);
                try (ResultSet rows = files.executeQuery()) {
                    while (rows.next()) {
                        zip.putNextEntry(new ZipEntry("files/" + rows.getLong(1) + "-v" + rows.getInt(2) + "-"
                                + FileTypes.safeName(rows.getString(3))));
                        try (var in = store.open(rows.getString(4))) {
                            in.transferTo(zip);
                        }
                        zip.closeEntry();
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException("Your data could not be read: " + e.getMessage(), e);
        }
    }

    private static void optional(JsonObjectBuilder object, String name, String value) {
        if (value != null && !value.isBlank()) {
            object.add(name, value);
        }
    }

    private static String rows(Connection connection, String sql, long memberId, String... names) throws SQLException {
        JsonArrayBuilder array = Json.createArrayBuilder();
        try (var statement = connection.prepareStatement(sql)) {
            statement.setLong(1, memberId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    var row = Json.createObjectBuilder();
                    for (int i = 0; i < names.length; i++) {
                        Object value = rows.getObject(i + 1);
                        if (value == null) {
                            row.addNull(names[i]);
                        } else if (value instanceof Number number) {
                            row.add(names[i], number.longValue());
                        } else if (value instanceof Boolean flag) {
                            row.add(names[i], flag);
                        } else {
                            row.add(names[i], value.toString());
                        }
                    }
                    array.add(row);
                }
            }
        }
        return array.build().toString();
    }

    private static void json(ZipOutputStream zip, String name, String json) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
