package org.silkway.web.admin.review;

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
import org.silkway.core.curation.Queue;
import org.silkway.core.curation.QueueRow;
import org.silkway.core.curation.ReviewQueues;
import org.silkway.web.admin.support.NotFound;
import org.silkway.web.security.CurrentUser;

/**
 * Backs {@code admin/queue.xhtml?of=mine} (my drafts) and {@code ?of=review} (waiting for review):
 * a lazy table, paged, sorted and filtered by name in the database.
 */
@Named("queuePage")
@ViewScoped
public class QueuePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ReviewQueues queues;
  @Inject CurrentUser currentUser;

  private String of = "mine";
  private Rows rows;

  public String getOf() {
    return of;
  }

  public void setOf(String of) {
    this.of = of;
  }

  public void requireKnownQueue() {
    if (!"mine".equals(of) && !"review".equals(of)) {
      NotFound.answer();
    }
  }

  public boolean isReview() {
    return "review".equals(of);
  }

  public LazyDataModel<QueueRow> getRows() {
    if (rows == null) {
      rows = new Rows(this);
    }
    return rows;
  }

  private Queue queue() {
    return isReview() ? Queue.WAITING_FOR_REVIEW : Queue.MY_DRAFTS;
  }

  private String user() {
    return isReview() ? null : currentUser.name();
  }

  /** The queue, one page at a time. */
  static final class Rows extends LazyDataModel<QueueRow> {

    private static final long serialVersionUID = 1L;
    private final QueuePage page;

    Rows(QueuePage page) {
      this.page = page;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) page.queues.count(page.queue(), page.user(), name(filterBy));
    }

    @Override
    public List<QueueRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
      return page.queues.rows(
          page.queue(),
          page.user(),
          new org.silkway.core.curation.QueuePage(
              first,
              pageSize,
              name(filterBy),
              sort == null ? (page.isReview() ? "submitted" : "changed") : sort.getField(),
              sort == null ? page.isReview() : sort.getOrder() == SortOrder.ASCENDING));
    }

    @Override
    public String getRowKey(QueueRow row) {
      return row.key();
    }

    private static String name(Map<String, FilterMeta> filterBy) {
      FilterMeta global = filterBy.get("globalFilter");
      FilterMeta name = filterBy.get("name");
      Object value =
          name != null && name.getFilterValue() != null
              ? name.getFilterValue()
              : global == null ? null : global.getFilterValue();
      return value == null ? null : value.toString();
    }
  }
}
