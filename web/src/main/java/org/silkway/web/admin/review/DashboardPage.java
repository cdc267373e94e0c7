package org.silkway.web.admin.review;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.silkway.core.curation.Queue;
import org.silkway.core.curation.ReviewQueues;
import org.silkway.core.entry.EntryStatus;
import org.silkway.core.entry.EntryType;
import org.silkway.core.source.Source;
import org.silkway.core.source.SourceEditing;
import org.silkway.core.translation.TranslationQueue;
import org.silkway.web.security.CurrentUser;

/**
 * Backs {@code admin/index.xhtml}: counts per type and status, the two queues' sizes, and the
 * sources whose change waits for review.
 */
@Named
@RequestScoped
public class DashboardPage {

  @Inject ReviewQueues queues;
  @Inject SourceEditing sources;
  @Inject CurrentUser currentUser;
  @Inject TranslationQueue translations;

  private ReviewQueues.Dashboard dashboard;
  private List<Source> sourcesWaiting;

  public ReviewQueues.Dashboard getDashboard() {
    if (dashboard == null) {
      dashboard = queues.dashboard();
    }
    return dashboard;
  }

  public List<EntryType> getTypes() {
    return Arrays.asList(EntryType.values());
  }

  public List<EntryStatus> getStatuses() {
    return Arrays.asList(EntryStatus.values());
  }

  public long count(EntryType type, EntryStatus status) {
    return getDashboard().count(type, status);
  }

  public long changes(EntryType type) {
    return getDashboard().changes(type);
  }

  public long getMyDrafts() {
    return queues.count(Queue.MY_DRAFTS, currentUser.name(), null);
  }

  public long getWaiting() {
    return queues.count(Queue.WAITING_FOR_REVIEW, null, null);
  }

  /** A language with texts readers of it read in the original: a link on the desk. */
  public record ToTranslate(String lang, String language, long count) {}

  /** Per language, the published texts without a reviewed translation into it; none when none. */
  public List<ToTranslate> getToTranslate() {
    return translations.counts().entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .map(
            e ->
                new ToTranslate(
                    e.getKey().tag(),
                    e.getKey().locale().getDisplayLanguage(java.util.Locale.ENGLISH),
                    e.getValue()))
        .toList();
  }

  /** The sources whose change waits for review, oldest first. */
  public List<Source> getSourcesWaiting() {
    if (sourcesWaiting == null) {
      sourcesWaiting = sources.waitingForReview();
    }
    return sourcesWaiting;
  }
}
