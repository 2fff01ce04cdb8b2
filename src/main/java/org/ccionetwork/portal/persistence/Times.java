package org.ccionetwork.portal.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Instants as the databases keep them: UTC, to the microsecond, so what is in memory equals what is read back. */
public final class Times {

    private Times() {}

    public static OffsetDateTime stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    /** A time a native query answered, as each database's driver gives it; null stays null. */
    public static Instant read(Object value) {
        return switch (value) {
            case null -> null;
            case OffsetDateTime time -> time.toInstant();
            case java.sql.Timestamp time -> time.toInstant();
            case Instant time -> time;
            default -> throw new IllegalStateException("a time as " + value.getClass());
        };
    }
}
