package org.silkway.web.admin.source;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.silkway.core.source.SourceList;

/** Backs {@code admin/sources.xhtml}: every source, a page at a time, searched in the database. */
@Named
@ViewScoped
public class SourcesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SourceList sources;

  private Rows rows;

  public LazyDataModel<SourceRow> getRows() {
    if (rows == null) {
      rows = new Rows(this);
    }
    return rows;
  }

  static final class Rows extends LazyDataModel<SourceRow> {

    private static final long serialVersionUID = 1L;
    private final SourcesPage page;

    Rows(SourcesPage page) {
      this.page = page;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) page.sources.count(text(filterBy));
    }

    @Override
    public List<SourceRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
      return page
          .sources
          .page(
              text(filterBy),
              first,
              pageSize,
              sort == null ? "title" : sort.getField(),
              sort == null || sort.getOrder() != SortOrder.DESCENDING)
          .stream()
          .map(SourceRow::of)
          .toList();
    }

    @Override
    public String getRowKey(SourceRow source) {
      return source.key();
    }

    private static String text(Map<String, FilterMeta> filterBy) {
      FilterMeta global = filterBy.get("globalFilter");
      return global == null || global.getFilterValue() == null
          ? null
          : global.getFilterValue().toString();
    }
  }
}
