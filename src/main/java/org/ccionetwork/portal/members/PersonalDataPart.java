package org.ccionetwork.portal.members;

import java.io.IOException;
import java.sql.SQLException;

/**
 * A feature's share of a member's data export: each feature writes what it holds of the member
 * (the forum their posts and likes, the library their items and files, notifications theirs), so
 * that the export reads no other feature's tables.
 */
public interface PersonalDataPart {

    void export(PersonalDataExport export) throws IOException, SQLException;
}
