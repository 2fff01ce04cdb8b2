package org.ccionetwork.portal.members;

/** What a member does, as the directory filters it. */
public enum ProfessionalRole {
    CCIO("CCIO"),
    CNIO("CNIO"),
    CMIO("CMIO"),
    CIO("CIO"),
    CLINICIAN("Clinician"),
    NURSE("Nurse"),
    AHP("Allied health professional"),
    TRAINEE("Trainee"),
    OTHER("Other");

    private final String label;

    ProfessionalRole(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
