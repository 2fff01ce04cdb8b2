package org.ccionetwork.portal.admin;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The admins' accounts as PrimeFaces' lazy table asks for them: a count, then the page shown. It
 * keeps nothing between requests (the page bean is request scoped and Keycloak is the record);
 * Keycloak pages by position, the one paging its admin API offers.
 */
public class AccountsTable extends LazyDataModel<AccountsService.Row> {

    private static final long serialVersionUID = 1L;

    private final transient AccountsPage page;

    AccountsTable(AccountsPage page) {
        this.page = page;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return page.total();
    }

    @Override
    public List<AccountsService.Row> load(
            int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.rows(first, size);
    }

    @Override
    public String getRowKey(AccountsService.Row row) {
        return row.account().id();
    }

    @Override
    public AccountsService.Row getRowData(String rowKey) {
        return null;
    }
}
