package org.ccionetwork.portal.files;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Files kept in the database, in chunks of 1 MiB: written one chunk at a time and read one chunk
 * at a time, so a 50 MB file costs 1 MiB of memory either way, on H2 as on PostgreSQL.
 */
public class DatabaseFileStore implements FileStore {

    public static final int CHUNK = 1024 * 1024;

    private final DataSource dataSource;

    public DatabaseFileStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String put(InputStream in) throws IOException {
        String key = UUID.randomUUID().toString();
        try (Connection connection = dataSource.getConnection();
                var insert = connection.prepareStatement(
                        "insert into library_blob_chunks (blob_key, seq, data) values (?, ?, ?)")) {
            byte[] buffer = new byte[CHUNK];
            int seq = 0;
            int read;
            while ((read = in.readNBytes(buffer, 0, CHUNK)) > 0) {
                insert.setString(1, key);
                insert.setInt(2, seq++);
                insert.setBytes(3, read == CHUNK ? buffer : java.util.Arrays.copyOf(buffer, read));
                insert.executeUpdate();
            }
            if (seq == 0) {
                insert.setString(1, key);
                insert.setInt(2, 0);
                insert.setBytes(3, new byte[0]);
                insert.executeUpdate();
            }
            return key;
        } catch (SQLException e) {
            delete(key);
            throw new IOException("The file could not be stored: " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return new InputStream() {
            private byte[] chunk = new byte[0];
            private int position;
            private int seq;
            private boolean done;

            private boolean fill() throws IOException {
                while (!done && position >= chunk.length) {
                    try (Connection connection = dataSource.getConnection();
                            var select = connection.prepareStatement(
                                    "select data from library_blob_chunks where blob_key = ? and seq = ?")) {
                        select.setString(1, key);
                        select.setInt(2, seq++);
                        try (var rows = select.executeQuery()) {
                            if (rows.next()) {
                                chunk = rows.getBytes(1);
                                position = 0;
                            } else {
                                done = true;
                            }
                        }
                    } catch (SQLException e) {
                        throw new IOException("The file could not be read: " + e.getMessage(), e);
                    }
                }
                return position < chunk.length;
            }

            @Override
            public int read() throws IOException {
                return fill() ? chunk[position++] & 0xff : -1;
            }

            @Override
            public int read(byte[] target, int offset, int length) throws IOException {
                if (length == 0) {
                    return 0;
                }
                if (!fill()) {
                    return -1;
                }
                int count = Math.min(length, chunk.length - position);
                System.arraycopy(chunk, position, target, offset, count);
                position += count;
                return count;
            }
        };
    }

    @Override
    public void delete(String key) throws IOException {
        try (Connection connection = dataSource.getConnection();
                var delete = connection.prepareStatement("delete from library_blob_chunks where blob_key = ?")) {
            delete.setString(1, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IOException("The file could not be removed: " + e.getMessage(), e);
        }
    }
}
