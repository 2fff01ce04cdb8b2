package org.ccionetwork.portal.members;

import java.util.List;
import java.util.Set;

/**
 * What a member tells the network about themselves, and which fields the directory hides. The
 * organisation comes from the NHS identity claims at sign-in and may be corrected here.
 */
public record Profile(
        String jobTitle,
        ProfessionalRole role,
        String organisationCode,
        String organisationName,
        String region,
        String specialty,
        List<String> expertise,
        String bio,
        Set<Field> hidden) {

    /** The fields a member may hide from the directory (name is always shown). */
    public enum Field {
        JOB_TITLE,
        ROLE,
        ORGANISATION,
        REGION,
        SPECIALTY,
        EXPERTISE,
        BIO
    }

    /** NHS England's regions, for the directory's filter and grouping. */
    public static final List<String> REGIONS = List.of(
            "East of England",
            "London",
            "Midlands",
            "North East and Yorkshire",
            "North West",
            "South East",
            "South West",
            "Scotland",
            "Wales",
            "Northern Ireland");

    public Profile {
        expertise = expertise == null ? List.of() : List.copyOf(expertise);
        hidden = hidden == null ? Set.of() : Set.copyOf(hidden);
        jobTitle = blankToNull(jobTitle);
        organisationCode = blankToNull(organisationCode);
        organisationName = blankToNull(organisationName);
        region = blankToNull(region);
        specialty = blankToNull(specialty);
        bio = bio == null ? "" : bio;
        if (region != null && !REGIONS.contains(region)) {
            throw new org.ccionetwork.portal.shared.NotAllowedException("Choose a region from the list.");
        }
        if (bio.length() > 5000) {
            throw new org.ccionetwork.portal.shared.NotAllowedException("A biography can be at most 5,000 characters.");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
