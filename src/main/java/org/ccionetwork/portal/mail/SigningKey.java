package org.ccionetwork.portal.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;
import org.ccionetwork.portal.persistence.Database;

/**
 * The key that signs links in mail, the same on every node: read from the database, made at random
 * by the first node that needs it (when two make one at once, the first written wins and both use it).
 */
@ApplicationScoped
public class SigningKey {

    private static final String NAME = "mail-links";

    @Inject
    private Database database;

    private volatile Signatures signatures;

    public Signatures signatures() {
        var current = signatures;
        if (current == null) {
            synchronized (this) {
                current = signatures;
                if (current == null) {
                    current = new Signatures(Base64.getDecoder().decode(readOrMake()));
                    signatures = current;
                }
            }
        }
        return current;
    }

    private String readOrMake() {
        try (var connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(true);
            for (int round = 0; round < 2; round++) {
                try (var select = connection.prepareStatement("select secret from portal_secrets where name = ?")) {
                    select.setString(1, NAME);
                    try (var rows = select.executeQuery()) {
                        if (rows.next()) {
                            return rows.getString(1);
                        }
                    }
                }
                var key = new byte[32];
                new SecureRandom().nextBytes(key);
                try (var insert =
                        connection.prepareStatement("insert into portal_secrets (name, secret) values (?, ?)")) {
                    insert.setString(1, NAME);
                    insert.setString(2, Base64.getEncoder().encodeToString(key));
                    insert.executeUpdate();
                } catch (SQLException taken) {
                    // another node wrote it first: read theirs
                }
            }
            throw new IllegalStateException("no signing key could be read or written");
        } catch (SQLException e) {
            throw new IllegalStateException("the signing key is in the database, which did not answer", e);
        }
    }
}
