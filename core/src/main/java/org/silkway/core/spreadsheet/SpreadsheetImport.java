package org.silkway.core.spreadsheet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.silkway.core.access.Callers;
import org.silkway.core.curation.EditConflictException;
import org.silkway.core.curation.EntryEditing;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.entry.EntryType;
import org.silkway.core.entry.NotEditableException;
import org.silkway.core.i18n.Language;
import org.silkway.core.i18n.LocalizedName;
import org.silkway.core.persistence.PlannerStatistics;
import org.silkway.core.register.EntryFactory;
import org.silkway.core.spreadsheet.RowPlan.PlannedClaim;
import org.silkway.core.spreadsheet.SheetColumn.Role;
import org.silkway.core.text.InvalidFieldException;
import org.silkway.core.text.Text;

/**
 * Imports the rows of a spreadsheet as an editor's work waiting for review: a row without a key
 * creates a draft entry; a row with an entry's key proposes to it what it does not say yet (new
 * claims as drafts, a new name or attribute as a proposal), and never overwrites anything. Every
 * value is cited to the row's source and excerpt.
 *
 * <p>The import is checked by doing it: every row goes through the same editing service as the
 * forms, in one transaction, and each problem is named by sheet, row and column. If there is any
 * problem, or it is a dry run, the transaction is rolled back ({@link NothingStoredException}
 * carries what was found), so that a file is stored whole or not at all, and a dry run says exactly
 * what the import would say.
 */
@ApplicationScoped
public class SpreadsheetImport {

  /**
   * How often a large import tells PostgreSQL how much its tables have grown. With the statistics
   * of the seed's few hundred rows, each thousand rows of 4,000 took longer than the one before
   * (5.3 s to 7.1 s; 25 s in all): its plans were made for small tables. Brought up to date every
   * thousand rows, a thousand rows take about 3 s throughout (18 s in all; docs/measurements.md).
   */
  private static final int ROWS_BETWEEN_STATISTICS = 1_000;

  @PersistenceContext(unitName = "silkway")
  private EntityManager em;

  private Callers callers;
  private boolean fourEyes;

  protected SpreadsheetImport() {}

  /** For use outside a container (tools, tests). */
  public SpreadsheetImport(EntityManager em, Callers callers, boolean fourEyes) {
    this.em = em;
    this.callers = callers;
    this.fourEyes = fourEyes;
  }

  @Inject
  public SpreadsheetImport(
      Callers callers,
      @ConfigProperty(name = "silkway.review.four-eyes", defaultValue = "true") boolean fourEyes) {
    this.callers = callers;
    this.fourEyes = fourEyes;
  }

  /**
   * Imports the rows read, all or nothing.
   *
   * @param progress told the number of rows done after each row
   * @return what was stored
   * @throws NothingStoredException when a row has a problem, or on a dry run, with what was found
   */
  @Transactional
  public ImportOutcome importRows(
      SpreadsheetReader.Read read, boolean dryRun, IntConsumer progress) {
    callers.require(org.silkway.core.user.Role.EDITOR, "import a spreadsheet");
    Run run = new Run(read);
    ImportOutcome outcome = run.all(progress);
    if (!outcome.isValid() || dryRun) {
      throw new NothingStoredException(outcome);
    }
    PlannerStatistics.refresh(em);
    return outcome.asStored();
  }

  /** One import: its counts, its problems, and the new entries it has named so far. */
  private final class Run {
    private final List<SheetRow> rows;
    // The editing service itself, not its container proxy: a row's problem must not mark the
    // whole transaction for rollback while the rows after it are still being checked.
    private final EntryEditing desk = new EntryEditing(em, callers, fourEyes);
    private final EntryRepository entries = new EntryRepository(em);
    private final RowProblems problems = new RowProblems();
    private final Map<String, Integer> newNames = new HashMap<>();
    // The entries created or changed, in the order of their first row; a set, since a list's
    // contains() made a 10,000-row import scan up to 10,000 keys a row.
    private final Set<String> keys = new LinkedHashSet<>();
    private final Set<Integer> describedRows = new HashSet<>();
    // The register's names, read once: a query per row would scan them all each time.
    private Map<String, String> namesInRegister;
    private int created;
    private int changed;
    private int unchanged;
    private int claims;

    Run(SpreadsheetReader.Read read) {
      this.rows = read.rows();
      problems.addAll(read.problems());
      // Every change of the editing service ends with a flush of its own; flushing before each of
      // its queries as well (the default) checked the whole context a dozen times a row.
      em.setFlushMode(FlushModeType.COMMIT);
    }

    ImportOutcome all(IntConsumer progress) {
      for (int i = 0; i < rows.size(); i++) {
        SheetRow row = rows.get(i);
        try {
          one(row);
          // Each row's entities are written and let go: every change flushes, and a context that
          // held every entry of a 10,000-row file made each flush slower than the last.
          em.flush();
          if ((i + 1) % ROWS_BETWEEN_STATISTICS == 0) {
            PlannerStatistics.refresh(em);
          }
          em.clear();
        } catch (PersistenceException e) {
          if (problems.isEmpty()) {
            throw e;
          }
          // A row that failed half-way can leave what the database refuses; the problems found
          // already say what to fix, and the rest is checked on the next try.
          problems.add(
              row.sheet(),
              row.number(),
              null,
              "The rows from here on were not checked: fix the problems above and check again.");
          break;
        }
        progress.accept(i + 1);
      }
      return new ImportOutcome(
          rows.size(), created, changed, unchanged, claims, List.copyOf(keys), problems, false);
    }

    private void one(SheetRow row) {
      long before = problems.total();
      RowPlan plan = RowPlan.of(row, k -> entries.byKey(k).isPresent(), problems);
      Optional<String> key = plan.isNew() ? create(plan) : change(plan);
      if (key.isEmpty() || problems.total() > before) {
        return;
      }
      int added = add(plan, key.get());
      claims += added;
      if (added > 0) {
        changedEntry(key.get());
      } else if (!plan.isNew() && !describedRows.contains(row.number())) {
        unchanged++;
      }
    }

    /** Counts an entry of the register as changed once, however many rows change it. */
    private void changedEntry(String key) {
      if (keys.add(key)) {
        changed++;
      }
    }

    private Optional<String> create(RowPlan plan) {
      SheetRow row = plan.row();
      EntryType type = row.layout().type();
      String en = plan.names().get(Language.EN);
      if (en == null) {
        problem(row, "name_en", "A new entry needs its English name (or give the key of one).");
        return Optional.empty();
      }
      String sameName = nameKey(type.slug(), en);
      Integer earlier = newNames.putIfAbsent(sameName, row.number());
      if (earlier != null) {
        problem(
            row,
            "name_en",
            "Row "
                + earlier
                + " creates a "
                + type.slug()
                + " of this name already: give its rows one entry (the same name once), or"
                + " different names.");
        return Optional.empty();
      }
      Optional<String> existing = namedAlready(type, en);
      if (existing.isPresent()) {
        problem(
            row,
            "key",
            "The register has a "
                + type.slug()
                + " of this name already, "
                + existing.get()
                + ": put that key in the key column to add to it.");
        return Optional.empty();
      }
      if (!attributesFit(plan, true)) {
        return Optional.empty();
      }
      try {
        String key = desk.create(type, name(plan, null), plan.attributes());
        created++;
        keys.add(key);
        return Optional.of(key);
      } catch (InvalidFieldException e) {
        problem(row, columnOfEntryField(e.field()), e.getMessage());
        return Optional.empty();
      }
    }

    private Optional<String> change(RowPlan plan) {
      SheetRow row = plan.row();
      EntryType type = row.layout().type();
      Optional<Entry> found = entries.byKey(plan.key());
      if (found.isEmpty() || found.get().type() != type) {
        problem(
            row,
            "key",
            found.isEmpty()
                ? "There is no entry "
                    + Text.quote(plan.key())
                    + ": leave the key empty for a new entry, or copy the key from the register."
                : plan.key()
                    + " is a "
                    + found.get().type().slug()
                    + ": move the row to the sheet "
                    + found.get().type().slug()
                    + ".");
        return Optional.empty();
      }
      Entry entry = found.get();
      LocalizedName before = entry.proposedName().orElse(entry.name());
      LocalizedName after = name(plan, before);
      Map<String, String> attributesBefore = entry.proposedAttributes().orElse(entry.attributes());
      Map<String, String> attributes = new LinkedHashMap<>(attributesBefore);
      attributes.putAll(plan.attributes());
      if (!attributesFit(plan, false)) {
        return Optional.empty();
      }
      if (!after.equals(before) || !attributes.equals(attributesBefore)) {
        try {
          desk.describe(entry.key(), entry.version(), after, attributes);
          describedRows.add(row.number());
          changedEntry(entry.key());
        } catch (InvalidFieldException e) {
          problem(row, columnOfEntryField(e.field()), e.getMessage());
          return Optional.empty();
        } catch (NotEditableException | EditConflictException e) {
          problem(row, "key", e.getMessage());
          return Optional.empty();
        }
      }
      return Optional.of(entry.key());
    }

    /**
     * Adds the row's claims that the entry does not state yet, as one change.
     *
     * @return how many were added
     */
    private int add(RowPlan plan, String key) {
      SheetRow row = plan.row();
      List<PlannedClaim> news = new ArrayList<>();
      for (PlannedClaim claim : plan.claims()) {
        try {
          if (plan.isNew() || !desk.states(key, claim.input())) {
            news.add(claim);
          }
        } catch (InvalidFieldException e) {
          problem(row, columnOfClaimField(row.layout(), claim.column(), e.field()), e.getMessage());
        }
      }
      if (news.isEmpty()) {
        return 0;
      }
      try {
        long version = entries.byKey(key).orElseThrow().version();
        desk.addClaims(key, version, news.stream().map(PlannedClaim::input).toList());
        return news.size();
      } catch (InvalidFieldException e) {
        ClaimField refused = ClaimField.of(e.field());
        PlannedClaim claim = news.get(refused.index());
        problem(
            row, columnOfClaimField(row.layout(), claim.column(), refused.field()), e.getMessage());
      } catch (NotEditableException | EditConflictException e) {
        problem(row, "key", e.getMessage());
      }
      return 0;
    }

    /** The given names over {@code before}'s (a new entry has none before). */
    private LocalizedName name(RowPlan plan, LocalizedName before) {
      String en = plan.names().get(Language.EN);
      String ru = plan.names().get(Language.RU);
      String zh = plan.names().get(Language.ZH);
      if (before == null) {
        return new LocalizedName(en, ru, zh);
      }
      return new LocalizedName(
          en != null ? en : before.in(Language.EN),
          ru != null ? ru : (before.has(Language.RU) ? before.in(Language.RU) : null),
          zh != null ? zh : (before.has(Language.ZH) ? before.in(Language.ZH) : null));
    }

    /** Whether each attribute given is one of its list; a new entry needs them all. */
    private boolean attributesFit(RowPlan plan, boolean isNew) {
      SheetRow row = plan.row();
      EntryType type = row.layout().type();
      boolean fit = true;
      for (String attribute : EntryFactory.attributesOf(type)) {
        String value = plan.attributes().get(attribute);
        List<String> choices = EntryFactory.choicesOf(type, attribute);
        if (value == null && isNew) {
          problem(row, attribute, "A new " + type.slug() + " needs its " + attribute + ".");
          fit = false;
        } else if (value != null && !choices.isEmpty() && !choices.contains(value)) {
          problem(
              row,
              attribute,
              Text.quote(value)
                  + " is not a "
                  + attribute
                  + " Silkway knows: choose one of "
                  + String.join(", ", choices)
                  + ".");
          fit = false;
        }
      }
      return fit;
    }

    /** An entry of the type whose English name is this, whatever its case. */
    private Optional<String> namedAlready(EntryType type, String en) {
      if (namesInRegister == null) {
        namesInRegister = new HashMap<>();
        em.createQuery("select e.key, e.name.en from Entry e", Object[].class)
            .getResultStream()
            .forEach(
                e -> {
                  String key = (String) e[0];
                  String slug = key.substring(0, key.indexOf('/'));
                  namesInRegister.putIfAbsent(nameKey(slug, (String) e[1]), key);
                });
      }
      return Optional.ofNullable(namesInRegister.get(nameKey(type.slug(), en)));
    }

    private void problem(SheetRow row, String column, String message) {
      problems.add(row.sheet(), row.number(), column, message);
    }
  }

  /**
   * A field the editing service names in a change of several claims: {@code claims[2].value.unit}
   * is the third claim's {@code value.unit}.
   */
  private record ClaimField(int index, String field) {
    static ClaimField of(String named) {
      int close = named.indexOf(']');
      int index = Integer.parseInt(named.substring("claims[".length(), close));
      return new ClaimField(index, close + 2 > named.length() ? null : named.substring(close + 2));
    }
  }

  /** How two names are the same for a type: "Khorgos dry port" and "KHORGOS DRY PORT" are. */
  private static String nameKey(String typeSlug, String en) {
    return typeSlug + "\t" + en.strip().toLowerCase(Locale.ROOT);
  }

  /** The column of a field the entry's own checks name: a name, an attribute, or its key. */
  private static String columnOfEntryField(String field) {
    if (field == null) {
      return null;
    }
    return switch (field) {
      case "en", "ru", "zh" -> "name_" + field;
      default -> field.startsWith("attributes.") ? field.substring("attributes.".length()) : "key";
    };
  }

  /**
   * The column of a field the claim form names: its citation's source or excerpt, the time it
   * applies to, an amount's unit, or else the column of the value.
   */
  private static String columnOfClaimField(SheetLayout layout, SheetColumn column, String field) {
    String f = field == null ? "" : field;
    if (f.startsWith("citations")) {
      return f.endsWith("excerpt") ? "excerpt" : "source";
    }
    if (f.startsWith("appliesTo")) {
      return "applies_to";
    }
    if (f.equals("value.unit")) {
      return layout.columnOf(column.property(), Role.UNIT).header();
    }
    return column.header();
  }
}
