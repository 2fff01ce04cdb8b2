package org.ccionetwork.portal.members;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.ccionetwork.portal.files.ImageUploads;
import org.ccionetwork.portal.files.Images;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.text.Tags;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /members/edit.xhtml: a member changes their profile and chooses what the directory shows. */
@Named
@RequestScoped
public class ProfileEditPage {

    @Inject
    private MemberService members;

    @Inject
    private Viewer viewer;

    @Size(max = 150, message = "At most 150 characters.")
    private String jobTitle;

    private ProfessionalRole role;

    @Size(max = 20, message = "An ODS code has at most 20 characters.")
    @Pattern(regexp = "[A-Za-z0-9]*", message = "An ODS code is letters and digits, for example RR8.")
    private String organisationCode;

    @Size(max = 255, message = "At most 255 characters.")
    private String organisationName;

    private String region;

    @Size(max = 100, message = "At most 100 characters.")
    private String specialty;

    @Size(max = 300, message = "At most 300 characters in all.")
    @Pattern(
            regexp = "[\\p{L}\\p{N} ,.+#-]*",
            message = "Words separated by spaces or commas, for example: epic-go-live cerner.")
    private String expertise;

    @Size(max = 5000, message = "A biography can be at most 5,000 characters.")
    private String bio;

    private List<String> shown = new java.util.ArrayList<>();

    private jakarta.servlet.http.Part avatar;
    private Images.Variant avatarImage;
    private boolean removeAvatar;

    private boolean askable;

    public boolean isAskable() {
        return askable;
    }

    public void setAskable(boolean askable) {
        this.askable = askable;
    }

    public void load() {
        var me = members.me(viewer);
        askable = me.isAskable();
        var profile = me.profile();
        jobTitle = profile.jobTitle();
        role = profile.role();
        organisationCode = profile.organisationCode();
        organisationName = profile.organisationName();
        region = profile.region();
        specialty = profile.specialty();
        expertise = String.join(" ", profile.expertise());
        bio = profile.bio();
        shown = new java.util.ArrayList<>(Arrays.stream(Profile.Field.values())
                .filter(f -> !profile.hidden().contains(f))
                .map(Enum::name)
                .toList());
    }

    public void save() {
        var hidden = EnumSet.allOf(Profile.Field.class);
        shown.forEach(name -> hidden.remove(Profile.Field.valueOf(name)));
        try {
            if (avatarImage != null) {
                members.setAvatar(viewer, avatarImage);
            } else if (removeAvatar) {
                members.setAvatar(viewer, null);
            }
            members.updateProfile(
                    viewer,
                    new Profile(
                            jobTitle,
                            role,
                            organisationCode == null ? null : organisationCode.toUpperCase(Locale.ROOT),
                            organisationName,
                            region,
                            specialty,
                            Tags.parse(expertise, 12),
                            bio,
                            hidden));
            members.setAskable(viewer, askable);
            Messages.addFlashGlobalInfo("Your profile is saved.");
            Faces.redirect(Faces.getRequestContextPath() + "/members/");
        } catch (NotAllowedException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    /** Checks an uploaded avatar from its bytes (at most 5 MB; JPEG, PNG or GIF) before anything is saved. */
    public void checkAvatar(
            jakarta.faces.context.FacesContext context, jakarta.faces.component.UIComponent component, Object value) {
        var image = ImageUploads.read(value, 5, "picture", bytes -> Images.square(bytes, 160));
        if (image != null) {
            avatarImage = image;
        }
    }

    public jakarta.servlet.http.Part getAvatar() {
        return avatar;
    }

    public void setAvatar(jakarta.servlet.http.Part avatar) {
        this.avatar = avatar;
    }

    public boolean isRemoveAvatar() {
        return removeAvatar;
    }

    public void setRemoveAvatar(boolean removeAvatar) {
        this.removeAvatar = removeAvatar;
    }

    public ProfessionalRole[] getRoles() {
        return ProfessionalRole.values();
    }

    public List<String> getRegions() {
        return Profile.REGIONS;
    }

    public Profile.Field[] getFields() {
        return Profile.Field.values();
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public ProfessionalRole getRole() {
        return role;
    }

    public void setRole(ProfessionalRole role) {
        this.role = role;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public void setOrganisationCode(String organisationCode) {
        this.organisationCode = organisationCode;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getSpecialty() {
        return specialty;
    }

    public void setSpecialty(String specialty) {
        this.specialty = specialty;
    }

    public String getExpertise() {
        return expertise;
    }

    public void setExpertise(String expertise) {
        this.expertise = expertise;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public List<String> getShown() {
        return shown;
    }

    public void setShown(List<String> shown) {
        this.shown = shown == null ? new java.util.ArrayList<>() : shown;
    }
}
