package org.ccionetwork.portal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UrlSelectedDataSourceTest {

    @Test
    void h2WaitsTenSecondsForALockedRowUnlessTheUrlSaysOtherwise() {
        assertEquals(
                "jdbc:h2:file:/d/portal;NON_KEYWORDS=VALUE;LOCK_TIMEOUT=10000",
                UrlSelectedDataSource.withLockTimeout("jdbc:h2:file:/d/portal;NON_KEYWORDS=VALUE"));
        assertEquals(
                "jdbc:h2:file:/d/portal;lock_timeout=500",
                UrlSelectedDataSource.withLockTimeout("jdbc:h2:file:/d/portal;lock_timeout=500"));
    }
}
