package org.silkway.core.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.silkway.core.claim.Citation;
import org.silkway.core.claim.Claim;
import org.silkway.core.claim.ClaimStatus;
import org.silkway.core.claim.ValueKind;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.entry.EntryStatus;
import org.silkway.core.i18n.Language;
import org.silkway.core.persistence.Pages;

/**
 * The queue per language of published texts readers in that language still read in the original:
 * texts whose source is in another language and that have no reviewed translation into it. A text
 * stays in the queue while its translation waits for review (marked so), and leaves it when a
 * reviewer approves.
 */
@ApplicationScoped
@Transactional
public class TranslationQueue {

  /**
   * Published texts of published entries without a translation into the language, whose first
   * citation (the language a text is taken to be written in) is not in it. {@code %s} is the
   * language's tag, which names the column.
   */
  private static final String LACKING =
      " from Claim c join c.entry e"
          + " where c.value.kind = :text and c.status = :published and e.status = :live"
          + " and c.translations.%1$s is null"
          + " and not exists (select ct.id from Citation ct where ct.claim = c"
          + " and ct.sortOrder = 0 and ct.source.language = :tag)";

  @PersistenceContext(unitName = "silkway")
  private EntityManager em;

  protected TranslationQueue() {}

  /** For use outside a container (tools, tests). */
  public TranslationQueue(EntityManager em) {
    this.em = em;
  }

  /** The texts to translate into the language, by entry name, from {@code first}. */
  public List<TextToTranslate> rows(Language language, int first, int size) {
    String select =
        "select new org.silkway.core.translation.TextToTranslate(e.key, e.storedType, e.name.en,"
            + " c.key, c.property, c.value.text, c.proposedTranslations.%1$s, e.changes)";
    return Pages.of(
        lacking(
            select + LACKING + " order by e.name.en, e.key, c.sortOrder",
            language,
            TextToTranslate.class),
        first,
        size);
  }

  /** How many texts readers in the language read in the original. */
  public long count(Language language) {
    return lacking("select count(c)" + LACKING, language, Long.class).getSingleResult();
  }

  /** The count for each language a translation can be made into: what the desk shows. */
  public Map<Language, Long> counts() {
    Map<Language, Long> counts = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      counts.put(language, count(language));
    }
    return counts;
  }

  /** What the form shows to translate one text into the language; empty when it is no text. */
  public Optional<TextOriginal> original(String entryKey, String claimKey, Language language) {
    return new EntryRepository(em)
        .byKey(entryKey)
        .flatMap(entry -> entry.claim(claimKey))
        .filter(claim -> claim.value().kind() == ValueKind.TEXT)
        .filter(claim -> claim.status() != ClaimStatus.RETRACTED)
        .map(claim -> originalOf(claim, language));
  }

  private static TextOriginal originalOf(Claim claim, Language language) {
    List<String> citations =
        claim.citations().stream()
            .sorted(Comparator.comparingInt(Citation::sortOrder))
            .map(c -> c.source().title() + ": " + c.excerpt())
            .toList();
    return new TextOriginal(
        claim.entry().key(),
        claim.entry().name().in(Language.EN),
        claim.entry().version(),
        claim.entry().changes(),
        claim.key(),
        claim.property(),
        claim.value().text(),
        claim.asStated(),
        claim.originalLanguage().map(Language::tag).orElse(null),
        citations,
        claim.translations().in(language).orElse(null),
        claim.proposedTranslations().in(language).orElse(null));
  }

  private <T> TypedQuery<T> lacking(String jpql, Language language, Class<T> type) {
    return em.createQuery(String.format(jpql, language.tag()), type)
        .setParameter("text", ValueKind.TEXT)
        .setParameter("published", ClaimStatus.PUBLISHED)
        .setParameter("live", EntryStatus.PUBLISHED)
        .setParameter("tag", language.tag());
  }
}
