package org.ccionetwork.portal.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that picks the database driver from the JDBC URL, so that switching the portal
 * from the embedded H2 database to PostgreSQL is a matter of configuration alone (URL, user,
 * password). The container pools the connections it hands out.
 */
public class UrlSelectedDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private int loginTimeoutSeconds = 5;
    private PrintWriter logWriter;
    private volatile DataSource delegate;

    public void setUrl(String url) {
        this.url = url;
        this.delegate = null;
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
        this.delegate = null;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
        this.delegate = null;
    }

    private DataSource delegate() throws SQLException {
        var current = delegate;
        if (current == null) {
            current = create(url, user, password);
            delegate = current;
        }
        return current;
    }

    private DataSource create(String url, String user, String password) throws SQLException {
        DataSource created = forUrl(url, user, password);
        created.setLoginTimeout(loginTimeoutSeconds);
        if (logWriter != null) {
            created.setLogWriter(logWriter);
        }
        return created;
    }

    /** Whether the URL names a PostgreSQL database (otherwise H2, or nothing this class serves). */
    static boolean isPostgres(String url) {
        return url.startsWith("jdbc:postgresql:");
    }

    /**
     * An H2 URL that waits up to ten seconds for a row another transaction holds (H2 gives up after
     * one second by default, PostgreSQL never): members replying to one topic at once take turns on
     * its row instead of failing. A timeout the URL sets itself is kept.
     */
    static String withLockTimeout(String h2Url) {
        return h2Url.toUpperCase(java.util.Locale.ROOT).contains(";LOCK_TIMEOUT=")
                ? h2Url
                : h2Url + ";LOCK_TIMEOUT=10000";
    }

    static DataSource forUrl(String url, String user, String password) {
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("No database URL configured (portal.db.url)");
        }
        if (isPostgres(url)) {
            var pg = new org.postgresql.ds.PGSimpleDataSource();
            pg.setUrl(url);
            pg.setUser(user);
            pg.setPassword(password);
            return pg;
        }
        if (url.startsWith("jdbc:h2:")) {
            var h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL(withLockTimeout(url));
            h2.setUser(user);
            h2.setPassword(password == null ? "" : password);
            return h2;
        }
        throw new IllegalStateException("Unsupported database URL (use jdbc:h2: or jdbc:postgresql:): " + url);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return delegate().getConnection(username, pass);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
        this.delegate = null;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeoutSeconds = seconds;
        this.delegate = null;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return Logger.getLogger(UrlSelectedDataSource.class.getName());
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return delegate().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate().isWrapperFor(iface);
    }
}
