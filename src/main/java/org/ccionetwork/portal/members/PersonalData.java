package org.ccionetwork.portal.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.zip.ZipOutputStream;
import org.ccionetwork.portal.persistence.Database;
import org.ccionetwork.portal.security.Viewer;

/**
 * A member's own data, as a ZIP of JSON files and the files they uploaded: their profile here,
 * then what each feature holds of them ({@link PersonalDataPart}: posts, likes, shared items and
 * files, notifications), and nothing of anyone else's. Written as it is read, so a member with
 * many files costs no more memory than one.
 */
@ApplicationScoped
public class PersonalData {

    @Inject
    private Database database;

    @Inject
    private jakarta.enterprise.inject.Instance<PersonalDataPart> parts;

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
            var export = new PersonalDataExport(zip, connection, id);
            export.json("profile.json", profile.build().toString());
            for (var part : parts.stream()
                    .sorted(java.util.Comparator.comparing(p -> p.getClass().getName()))
                    .toList()) {
                part.export(export);
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
}
