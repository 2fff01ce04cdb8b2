package org.ccionetwork.portal.members;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * One member's data export being written: the ZIP and a database connection, handed to each
 * {@link PersonalDataPart} in turn. Written as it is read, so many files cost no more memory than one.
 */
public final class PersonalDataExport {

    private final ZipOutputStream zip;
    private final Connection connection;
    private final long memberId;

    PersonalDataExport(ZipOutputStream zip, Connection connection, long memberId) {
        this.zip = zip;
        this.connection = connection;
        this.memberId = memberId;
    }

    public long memberId() {
        return memberId;
    }

    /** A JSON file of the rows a query finds for this member (its one parameter), named column by column. */
    public void rows(String fileName, String sql, String... names) throws IOException, SQLException {
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
        json(fileName, array.build().toString());
    }

    /** A JSON file as it is given. */
    public void json(String fileName, String json) throws IOException {
        zip.putNextEntry(new ZipEntry(fileName));
        zip.write(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A file's bytes, streamed. */
    public void file(String fileName, InputStream bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(fileName));
        try (bytes) {
            bytes.transferTo(zip);
        }
        zip.closeEntry();
    }

    /** The connection the export reads with, for a part that walks rows itself. */
    public Connection connection() {
        return connection;
    }
}
