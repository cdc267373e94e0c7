package org.silkway.core.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.silkway.core.entry.EntryType;
import org.silkway.core.register.RegisterDocument.ClaimRecord;
import org.silkway.core.register.RegisterDocument.EntryRecord;
import org.silkway.core.register.RegisterDocument.SourceRecord;
import org.silkway.core.register.RegisterDocument.TimeRecord;
import org.silkway.core.time.RelativeDate;

/** The seed dataset as a document: complete, cited and faithful to the five articles. */
class SeedDatasetTest {

  private static final Path ARTICLES = Path.of("..", "..", "shared", "seeds");
  private final RegisterDocument seed = SeedLoader.seed();

  @Test
  void the_seed_holds_every_kind_of_entry_in_the_expected_numbers() {
    Map<EntryType, Integer> counts = new EnumMap<>(EntryType.class);
    seed.entries().forEach(e -> counts.merge(EntryType.valueOf(e.type()), 1, Integer::sum));

    assertEquals(
        Map.of(
            EntryType.COUNTRY,
            12,
            EntryType.SECTOR,
            10,
            EntryType.MECHANISM,
            3,
            EntryType.EVENT,
            8,
            EntryType.DOCUMENT,
            4,
            EntryType.PROJECT,
            11,
            EntryType.CORRIDOR,
            6,
            EntryType.INDICATOR,
            8,
            EntryType.ACTOR,
            4,
            EntryType.ORGANIZATION,
            12),
        counts);
    assertEquals(5, seed.sources().size());
  }

  /**
   * Names the Russian press writes in Latin letters, as the owners do: a copy is the right name.
   */
  private static final Set<String> KEPT_IN_LATIN_IN_RUSSIAN =
      Set.of("organization/china-daily", "organization/byd");

  @Test
  void every_seed_entry_is_named_in_english_russian_and_chinese() {
    // A brief prints the name in its own language and falls back to English silently, so a gap
    // or a copied English name would only show up on paper.
    List<String> unnamed = new ArrayList<>();
    for (EntryRecord entry : seed.entries()) {
      String en = entry.names().get("en");
      String ru = entry.names().get("ru");
      String zh = entry.names().get("zh");
      if (en == null || en.isBlank()) {
        unnamed.add(entry.key() + " (en missing)");
      }
      if (ru == null || ru.isBlank()) {
        unnamed.add(entry.key() + " (ru missing)");
      } else if (!contains(ru, Character.UnicodeScript.CYRILLIC)
          && !KEPT_IN_LATIN_IN_RUSSIAN.contains(entry.key())) {
        unnamed.add(entry.key() + " (ru has no Cyrillic: " + ru + ")");
      }
      if (zh == null || zh.isBlank()) {
        unnamed.add(entry.key() + " (zh missing)");
      } else if (!contains(zh, Character.UnicodeScript.HAN)) {
        unnamed.add(entry.key() + " (zh has no Han characters: " + zh + ")");
      }
    }
    assertEquals(List.of(), unnamed, "entries not named in all three languages");
  }

  private static boolean contains(String text, Character.UnicodeScript script) {
    return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == script);
  }

  @Test
  void every_seed_entry_is_published_and_every_claim_is_cited_or_derived() {
    for (EntryRecord entry : seed.entries()) {
      assertEquals("PUBLISHED", entry.status(), entry.key());
      for (ClaimRecord claim : entry.claims()) {
        boolean derived = claim.kind().equals("DERIVED");
        assertTrue(
            derived
                ? !claim.derivedFrom().isEmpty() && claim.citations().isEmpty()
                : !claim.citations().isEmpty(),
            claim.key());
      }
    }
  }

  @Test
  void every_excerpt_is_word_for_word_in_the_article_it_cites() throws IOException {
    // CI always has the articles beside the project: there, their absence is a failure.
    if ("true".equals(System.getenv("CI"))) {
      assertTrue(
          Files.isDirectory(ARTICLES), "CI has no seed articles at " + ARTICLES.toAbsolutePath());
    }
    assumeTrue(
        Files.isDirectory(ARTICLES),
        "skipped: the seed articles are not at "
            + ARTICLES.toAbsolutePath()
            + " (../shared beside the project)");
    Map<String, String> articleText = new java.util.HashMap<>();
    for (SourceRecord source : seed.sources()) {
      articleText.put(source.key(), Files.readString(ARTICLES.resolve(source.file())));
    }
    List<String> notFound = new ArrayList<>();
    int citations = 0;
    for (EntryRecord entry : seed.entries()) {
      for (ClaimRecord claim : entry.claims()) {
        for (var citation : claim.citations()) {
          citations++;
          if (!articleText.get(citation.source()).contains(citation.excerpt())) {
            notFound.add(claim.key() + ": " + citation.excerpt());
          }
        }
      }
    }
    assertTrue(citations > 250, "only " + citations + " citations");
    assertEquals(List.of(), notFound);
  }

  @Test
  void relative_dates_of_an_article_dated_to_the_day_are_resolved_against_its_date() {
    int resolved = 0;
    for (SourceRecord source : seed.sources()) {
      if (!"DAY".equals(source.published().precision())) {
        continue;
      }
      LocalDate published = LocalDate.parse(source.published().start());
      for (EntryRecord entry : seed.entries()) {
        for (ClaimRecord claim : entry.claims()) {
          boolean cited = claim.citations().stream().anyMatch(c -> c.source().equals(source.key()));
          TimeRecord date = claim.when() != null ? claim.when() : claim.value().time();
          if (!cited || claim.asStated() == null || date == null) {
            continue;
          }
          var resolution = RelativeDate.resolve(claim.asStated(), published);
          if (resolution.isPresent()) {
            String day = resolution.get().start();
            String end = date.end() == null ? date.start() : date.end();
            assertTrue(
                day.startsWith(date.start())
                    || (day.compareTo(date.start()) >= 0 && day.compareTo(end) <= 0),
                claim.key()
                    + ": '"
                    + claim.asStated()
                    + "' is "
                    + day
                    + ", the claim says "
                    + date);
            resolved++;
          }
        }
      }
    }
    assertTrue(resolved >= 3, "only " + resolved + " relative dates checked");
  }

  @Test
  void every_article_is_cited() {
    for (SourceRecord source : seed.sources()) {
      assertTrue(
          seed.entries().stream()
              .flatMap(e -> e.claims().stream())
              .flatMap(c -> c.citations().stream())
              .anyMatch(c -> c.source().equals(source.key())),
          source.key() + " is never cited");
    }
  }
}
