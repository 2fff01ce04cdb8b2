package org.ccionetwork.portal.notify;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ccionetwork.portal.notify.MailKind.Delivery;
import org.ccionetwork.portal.notify.MailKind.Frequency;
import org.ccionetwork.portal.security.Viewer;

/** /members/mail.xhtml: what the member gets by mail, per kind, and how often the digest comes. */
@Named
@ViewScoped
public class MailSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient MailPreferences preferences;

    @Inject
    private transient Viewer viewer;

    /** Kind name to delivery name: what the page's menus bind to. */
    private final Map<String, String> deliveries = new java.util.HashMap<>();

    @NotNull(message = "Choose how often the digest comes.")
    private Frequency frequency;

    public void load() {
        if (frequency == null) {
            var mine = preferences.mine(viewer);
            mine.deliveries().forEach((kind, delivery) -> deliveries.put(kind.name(), delivery.name()));
            frequency = mine.frequency();
        }
    }

    public String save() {
        var chosen = new EnumMap<MailKind, Delivery>(MailKind.class);
        for (MailKind kind : MailKind.values()) {
            chosen.put(
                    kind,
                    Delivery.valueOf(deliveries.getOrDefault(
                            kind.name(), kind.byDefault().name())));
        }
        preferences.save(viewer, new MailPreferences.Choices(chosen, frequency));
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Your mail settings are saved.", null));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/members/mail.xhtml?faces-redirect=true";
    }

    public List<MailKind> getKinds() {
        return List.of(MailKind.values());
    }

    public List<Delivery> getDeliveryChoices() {
        return List.of(Delivery.values());
    }

    public List<Frequency> getFrequencies() {
        return List.of(Frequency.values());
    }

    /** Each kind's choice, bound by the page as {@code deliveries[kind]}. */
    public Map<String, String> getDeliveries() {
        return deliveries;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }
}
