package org.ccionetwork.portal.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.ccionetwork.portal.keycloak.KeycloakAccounts;
import org.ccionetwork.portal.keycloak.KeycloakUnavailableException;
import org.ccionetwork.portal.security.Role;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.web.PublicUrls;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /admin/accounts.xhtml: accounts with their Keycloak state; invite, roles, disable and enable (admins). */
@Named
@RequestScoped
public class AccountsPage {

    @Inject
    private AccountsService accounts;

    @Inject
    private Viewer viewer;

    @Inject
    private PublicUrls urls;

    @Inject
    private org.ccionetwork.portal.members.LeavingService leaving;

    @Inject
    @Param(name = "q")
    private String search;

    @Inject
    @Param(name = "from")
    private Integer from;

    private AccountsTable table;
    private Integer total;
    private String unavailable;

    @NotBlank(message = "Give the email address to invite.")
    @Email(message = "Write a whole email address, like name@nhs.net.")
    @Size(max = 254, message = "At most 254 characters.")
    private String email;

    @NotBlank(message = "Give their first name.")
    @Size(max = 100, message = "At most 100 characters.")
    private String firstName;

    @NotBlank(message = "Give their last name.")
    @Size(max = 100, message = "At most 100 characters.")
    private String lastName;

    /** The accounts for PrimeFaces' lazy table: each page is asked of Keycloak as it is shown. */
    public AccountsTable getAccounts() {
        if (table == null) {
            table = new AccountsTable(this);
        }
        return table;
    }

    /** How many accounts match, asked once a request; 0 (and {@link #getUnavailable}) when Keycloak is away. */
    int total() {
        if (total == null) {
            total = orUnavailable(() -> accounts.countAccounts(viewer, search), 0);
        }
        return total;
    }

    /** Up to {@code size} accounts from {@code first}. */
    List<AccountsService.Row> rows(int first, int size) {
        return total() == 0
                ? List.of()
                : orUnavailable(() -> accounts.accounts(viewer, search, first, size), List.of());
    }

    private <T> T orUnavailable(java.util.function.Supplier<T> ask, T otherwise) {
        if (unavailable != null) {
            return otherwise;
        }
        try {
            return ask.get();
        } catch (KeycloakUnavailableException e) {
            unavailable = e.getMessage();
            return otherwise;
        }
    }

    /** Where the table starts when the page opens (0 for the first row), kept across an action. */
    public int getFrom() {
        return from == null || from < 0 ? 0 : from - from % KeycloakAccounts.ACCOUNTS_PER_PAGE;
    }

    /** How many accounts a page of the table shows. */
    public int getPageSize() {
        return KeycloakAccounts.ACCOUNTS_PER_PAGE;
    }

    /** Where the table stands now: after paging it by Ajax, its own first row, else the address's. */
    private int shownFrom() {
        var shown = Faces.getViewRoot() == null ? null : Faces.getViewRoot().findComponent("accounts-form:accounts");
        return shown instanceof org.primefaces.component.datatable.DataTable t ? t.getFirst() : getFrom();
    }

    /** This list (same search) from the given place. */
    private String here(int start) {
        var query = new java.util.ArrayList<String>();
        if (search != null && !search.isBlank()) {
            query.add("q=" + java.net.URLEncoder.encode(search, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (start > 0) {
            query.add("from=" + start);
        }
        return Faces.getRequestContextPath() + "/admin/accounts.xhtml"
                + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }

    /** Why the accounts cannot be shown, when Keycloak is away. */
    public String getUnavailable() {
        total();
        return unavailable;
    }

    public void invite() {
        act(
                () -> accounts.invite(viewer, email, firstName, lastName, urls.getBase()),
                "Invited: Keycloak has sent " + email + " a mail to set a password.");
    }

    /** A row's button: the account it names, whatever row it now stands in (see {@link AccountAction}). */
    public void act() {
        var action = AccountAction.parse(Faces.getRequestParameter(AccountAction.FIELD));
        if (action.isEmpty()) {
            Messages.addGlobalError("That action is not known. Nothing was changed.");
            return;
        }
        var a = action.get();
        switch (a.kind()) {
            case GRANT -> setRole(a.userId(), a.role(), true);
            case REVOKE -> setRole(a.userId(), a.role(), false);
            case ENABLE -> enable(a.userId(), true);
            case DISABLE -> enable(a.userId(), false);
            case REMOVE_KEEPING_POSTS -> removeOnRequest(a.memberId(), true);
            case REMOVE_WITH_POSTS -> removeOnRequest(a.memberId(), false);
        }
    }

    /** The value of a row's role button. */
    public String roleAction(AccountsService.Row row, String role) {
        var r = Role.valueOf(role);
        return AccountAction.role(row.account().id(), r, !row.account().roles().contains(r));
    }

    /** The value of a row's enable or disable button. */
    public String enableAction(AccountsService.Row row) {
        return AccountAction.enable(row.account().id(), !row.account().enabled());
    }

    /** The value of a row's remove button. */
    public String removeAction(AccountsService.Row row, boolean keepPosts) {
        return AccountAction.remove(row.member().getId(), keepPosts);
    }

    /** Grants the role, or removes it (grant false). */
    private void setRole(String userId, Role role, boolean grant) {
        if (grant) {
            act(() -> accounts.grant(viewer, userId, role), "Role granted. It takes effect at their next sign-in.");
        } else {
            act(
                    () -> accounts.revoke(viewer, userId, role),
                    "Role removed: it stops working within seconds, in sessions already open too.");
        }
    }

    public boolean has(AccountsService.Row row, String role) {
        return row.account().roles().contains(Role.valueOf(role));
    }

    private void enable(String userId, boolean enabled) {
        act(
                () -> accounts.setEnabled(viewer, userId, enabled),
                enabled ? "Account enabled." : "Account disabled: they are signed out.");
    }

    /** Removes a member who asked to leave, keeping or removing their posts as they chose. */
    private void removeOnRequest(long memberId, boolean keepPosts) {
        act(
                () -> leaving.removeOnRequest(viewer, memberId, keepPosts),
                "The member has been removed: account disabled, profile deleted, posts "
                        + (keepPosts ? "kept as Former member." : "removed."));
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Messages.addFlashGlobalInfo(done);
            // Back to the same list: the search and the page are kept.
            Faces.redirect(here(shownFrom()));
        } catch (NotAllowedException e) {
            Messages.addGlobalError(e.getMessage());
        } catch (KeycloakUnavailableException e) {
            Messages.addGlobalError(e.getMessage() + " Nothing was changed.");
        }
    }

    public String getQ() {
        return search;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }
}
