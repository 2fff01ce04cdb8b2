package org.ccionetwork.portal.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.ccionetwork.portal.files.FileStore;
import org.ccionetwork.portal.files.FileTypes;
import org.ccionetwork.portal.members.PersonalDataExport;
import org.ccionetwork.portal.members.PersonalDataPart;

/** What the library holds of a member, in their export: the items they shared, their versions and files. */
@ApplicationScoped
public class LibraryMemberData implements PersonalDataPart {

    @Inject
    private FileStore store;

    @Override
    public void export(PersonalDataExport export) throws IOException, SQLException {
        export.rows(
                "library-items.json",
                "select i.id, i.kind, i.title, i.description_source, i.tags, i.visibility, i.link_url,"
                        + " i.created from library_items i where i.sharer_id = ? and i.deleted = false order by i.id",
                "id",
                "kind",
                "title",
                "description",
                "tags",
                "visibility",
                "link",
                "created");
        export.rows(
                "library-versions.json",
                "select v.item_id, v.number, v.file_name, v.content_type, v.size_bytes, v.sha256,"
                        + " v.change_note, v.created from library_versions v where v.uploader_id = ? order by v.id",
                "itemId",
                "version",
                "fileName",
                "contentType",
                "size",
                "sha256",
                "changeNote",
                "created");
        try (var files = export.connection()
                .prepareStatement(
                        "select item_id, number, file_name, blob_key from library_versions where uploader_id = ? order by id")) {
            files.setLong(1, export.memberId());
            try (ResultSet rows = files.executeQuery()) {
                while (rows.next()) {
                    export.file(
                            "files/" + rows.getLong(1) + "-v" + rows.getInt(2) + "-"
                                    + FileTypes.safeName(rows.getString(3)),
                            store.open(rows.getString(4)));
                }
            }
        }
    }
}
