package org.silkway.web.admin.translation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.silkway.core.i18n.Language;
import org.silkway.core.translation.TextToTranslate;
import org.silkway.core.translation.TranslationQueue;
import org.silkway.web.admin.support.NotFound;

/**
 * Backs {@code admin/translations.xhtml?lang=ru}: the published texts readers of that language
 * still read in the original, a page at a time, each linked to its translation form.
 */
@Named
@ViewScoped
public class TranslationQueuePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TranslationQueue queue;

  private String lang;
  private Rows rows;

  public String getLang() {
    return lang;
  }

  public void setLang(String lang) {
    this.lang = lang;
  }

  /** An address with no language, or one Silkway does not speak, is a page that does not exist. */
  public void requireKnownLanguage() {
    if (Language.fromTag(lang).isEmpty()) {
      NotFound.answer();
    }
  }

  /** "Russian". */
  public String getLanguageName() {
    return language().locale().getDisplayLanguage(Locale.ENGLISH);
  }

  public LazyDataModel<TextToTranslate> getRows() {
    if (rows == null) {
      rows = new Rows(this);
    }
    return rows;
  }

  private Language language() {
    return Language.fromTag(lang).orElse(Language.EN);
  }

  /** The queue, one page at a time, in the order the database gives (entry name, then claim). */
  static final class Rows extends LazyDataModel<TextToTranslate> {

    private static final long serialVersionUID = 1L;
    private final TranslationQueuePage page;

    Rows(TranslationQueuePage page) {
      this.page = page;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) page.queue.count(page.language());
    }

    @Override
    public List<TextToTranslate> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return page.queue.rows(page.language(), first, pageSize);
    }

    @Override
    public String getRowKey(TextToTranslate row) {
      return row.claimKey();
    }
  }
}
