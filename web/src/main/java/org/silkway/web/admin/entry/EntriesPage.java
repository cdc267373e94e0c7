package org.silkway.web.admin.entry;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.silkway.core.browse.EntryFilter;
import org.silkway.core.browse.EntryList;
import org.silkway.core.browse.EntryRow;
import org.silkway.core.claim.PropertySchema;
import org.silkway.core.curation.EntryPicker;
import org.silkway.core.entry.EntryStatus;
import org.silkway.core.entry.EntryType;
import org.silkway.core.project.ProjectStage;
import org.silkway.core.text.InvalidFieldException;
import org.silkway.web.admin.support.FormMessages;
import org.silkway.web.admin.support.NotFound;

/**
 * Backs {@code admin/entries.xhtml?type=project}: the entries of one type, a page at a time,
 * filtered and sorted in the database. Filters come from the URL (a plain GET form, so a filtered
 * list can be bookmarked); filters, page and sort are remembered for the session, so the list is as
 * the editor left it when they come back from an entry.
 */
@Named
@ViewScoped
public class EntriesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EntryList list;
  @Inject EntryPicker picker;
  @Inject ListMemory memory;

  private String type = EntryType.PROJECT.slug();
  private String search;
  private String name;
  private String status;
  private String sector;
  private String country;
  private String stage;
  private String from;
  private String to;
  private boolean clear;
  private ListState state;
  private boolean datesRefused;
  private Rows rows;

  /** Before the page renders: an unknown type is a 404; no filter in the URL restores the last. */
  public void open() {
    if (EntryType.fromSlug(type).isEmpty()) {
      NotFound.answer();
      return;
    }
    ListState typed =
        new ListState(
            blankToNull(search),
            blankToNull(name),
            blankToNull(status),
            blankToNull(sector),
            blankToNull(country),
            blankToNull(stage),
            blankToNull(from),
            blankToNull(to),
            0,
            "name",
            true);
    state = typed.filters() || clear ? typed : memory.of(type);
    memory.remember(type, state);
    search = state.search();
    name = state.name();
    status = state.status();
    sector = state.sector();
    country = state.country();
    stage = state.stage();
    from = state.from();
    to = state.to();
    try {
      filter().checked();
    } catch (InvalidFieldException e) {
      // The typed dates stay in the form with the message; the list shows without them.
      FormMessages.error(e.getMessage());
      datesRefused = true;
    }
  }

  private EntryFilter filter() {
    EntryType entryType = EntryType.fromSlug(type).orElseThrow();
    EntryStatus chosen =
        Arrays.stream(EntryStatus.values())
            .filter(s -> s.name().equals(status))
            .findFirst()
            .orElse(null);
    return datesRefused
        ? new EntryFilter(entryType, search, name, chosen, sector, country, stage, null, null)
        : new EntryFilter(entryType, search, name, chosen, sector, country, stage, from, to);
  }

  /** The list's filters as a query string: {@code type=project&status=DRAFT}. */
  public String getFilterQuery() {
    java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
    values.put("type", type);
    values.put("q", search);
    values.put("name", name);
    values.put("status", status);
    values.put("sector", sector);
    values.put("country", country);
    values.put("stage", stage);
    values.put("from", datesRefused ? null : from);
    values.put("to", datesRefused ? null : to);
    return values.entrySet().stream()
        .filter(e -> e.getValue() != null && !e.getValue().isBlank())
        .map(
            e ->
                e.getKey()
                    + "="
                    + java.net.URLEncoder.encode(
                        e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
        .collect(java.util.stream.Collectors.joining("&"));
  }

  public LazyDataModel<EntryRow> getRows() {
    if (rows == null) {
      rows = new Rows(this);
    }
    return rows;
  }

  /** Where the table starts: the page the editor was on. */
  public int getFirst() {
    return state == null ? 0 : state.first();
  }

  public void setFirst(int first) {
    // The table reports its own paging through the model; the URL never sets it.
  }

  public String getSortBy() {
    return state == null ? "name" : state.sortBy();
  }

  public boolean isAscending() {
    return state == null || state.ascending();
  }

  /** The page of rows the table asks for, remembered as the list's state. */
  static final class Rows extends LazyDataModel<EntryRow> {

    private static final long serialVersionUID = 1L;
    private final EntriesPage page;

    Rows(EntriesPage page) {
      this.page = page;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) page.list.count(page.filter());
    }

    @Override
    public List<EntryRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
      String field = sort == null ? page.getSortBy() : sort.getField();
      boolean ascending =
          sort == null ? page.isAscending() : sort.getOrder() != SortOrder.DESCENDING;
      page.state = page.state.at(first, field, ascending);
      page.memory.remember(page.type, page.state);
      return page.list.page(page.filter(), first, pageSize, field, ascending);
    }

    @Override
    public String getRowKey(EntryRow row) {
      return row.key();
    }
  }

  // Choices for the filters.

  public List<String> getTypes() {
    return Arrays.stream(EntryType.values()).map(EntryType::slug).toList();
  }

  public List<EntryStatus> getStatuses() {
    return Arrays.asList(EntryStatus.values());
  }

  /** Sector and country filters, for the types that have sector and country claims. */
  public boolean isPlaced() {
    return EntryType.fromSlug(type)
        .map(t -> PropertySchema.definition("country").map(d -> d.appliesTo(t)).orElse(false))
        .orElse(false);
  }

  public boolean isStaged() {
    return EntryType.PROJECT.slug().equals(type);
  }

  public List<EntryPicker.Picked> getSectors() {
    return picker.entries("", EnumSet.of(EntryType.SECTOR));
  }

  public List<EntryPicker.Picked> getCountries() {
    return picker.entries("", EnumSet.of(EntryType.COUNTRY));
  }

  public List<ProjectStage> getStages() {
    return Arrays.asList(ProjectStage.values());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  // The URL's parameters.

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getSector() {
    return sector;
  }

  public void setSector(String sector) {
    this.sector = sector;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getStage() {
    return stage;
  }

  public void setStage(String stage) {
    this.stage = stage;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public boolean isClear() {
    return clear;
  }

  public void setClear(boolean clear) {
    this.clear = clear;
  }
}
