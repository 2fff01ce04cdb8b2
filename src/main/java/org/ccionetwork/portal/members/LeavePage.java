package org.ccionetwork.portal.members;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import org.ccionetwork.portal.keycloak.KeycloakUnavailableException;
import org.ccionetwork.portal.security.Viewer;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /members/leave.xhtml: a member leaves the network, choosing whether their posts stay. */
@Named
@RequestScoped
public class LeavePage {

    @Inject
    private LeavingService leaving;

    @Inject
    private Viewer viewer;

    @NotNull(message = "Choose what happens to your posts.")
    private String posts;

    @AssertTrue(message = "Tick the box to confirm that you want to leave.")
    private boolean confirmed;

    public void leave() {
        try {
            leaving.leave(viewer, "keep".equals(posts));
            // Left on purpose: no signing in again silently (see SignInHint).
            org.ccionetwork.portal.security.SignInHint.clear(Faces.getRequest(), Faces.getResponse());
            Faces.invalidateSession();
            Faces.redirect(Faces.getRequestContextPath() + "/?account=left");
        } catch (KeycloakUnavailableException e) {
            Messages.addGlobalError(e.getMessage() + " Nothing was changed; please try again later.");
        }
    }

    public String getPosts() {
        return posts;
    }

    public void setPosts(String posts) {
        this.posts = posts;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
