package org.silkway.core.curation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.silkway.core.access.Caller;
import org.silkway.core.access.Callers;
import org.silkway.core.audit.Editor;
import org.silkway.core.claim.Claim;
import org.silkway.core.claim.ClaimStatus;
import org.silkway.core.claim.ClaimValue;
import org.silkway.core.claim.PropertySchema;
import org.silkway.core.country.CountryCode;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryKey;
import org.silkway.core.entry.EntryRepository;
import org.silkway.core.entry.EntryType;
import org.silkway.core.i18n.Language;
import org.silkway.core.i18n.LocalizedName;
import org.silkway.core.persistence.ColumnLimits;
import org.silkway.core.publication.Publications;
import org.silkway.core.register.EntryFactory;
import org.silkway.core.source.Source;
import org.silkway.core.source.SourceRepository;
import org.silkway.core.text.InvalidFieldException;
import org.silkway.core.text.Text;
import org.silkway.core.user.Role;

/**
 * What editors and reviewers do to entries: create them, rename them, add, correct, cite and
 * retract claims, prefer one of disagreeing claims, and move an entry through review. Each change
 * starts from the version the editor saw: if someone changed the entry since, nothing is saved and
 * an {@link EditConflictException} says who and what. Each change is stamped with the curator in
 * the audit history and moves the entry's version, claims and citations included.
 *
 * <p>The curator is the caller the container authenticated ({@link Callers}); each method checks
 * the role it needs: an editor drafts and submits, a reviewer also prefers, sends back and
 * approves, an administrator also archives and restores.
 */
@ApplicationScoped
public class EntryEditing {

  private static final int KEY_SLUG = 60;

  private EntryRepository entries;
  private SourceRepository sources;
  private Publications publications;
  private boolean fourEyes;
  private Callers callers;

  protected EntryEditing() {}

  /** For use outside a container (tools, tests): every part on the one entity manager. */
  public EntryEditing(EntityManager em, Callers callers, boolean fourEyes) {
    this(
        new EntryRepository(em), new SourceRepository(em), new Publications(em), callers, fourEyes);
  }

  @Inject
  public EntryEditing(
      EntryRepository entries,
      SourceRepository sources,
      Publications publications,
      Callers callers,
      @ConfigProperty(name = "silkway.review.four-eyes", defaultValue = "true") boolean fourEyes) {
    this.entries = entries;
    this.sources = sources;
    this.publications = publications;
    this.callers = callers;
    this.fourEyes = fourEyes;
  }

  /**
   * Creates a draft entry of the type, its key made from the English name ({@code project/
   * khorgos-dry-port}; a country's key is its code).
   *
   * @return the new entry's key
   */
  @Transactional
  public String create(EntryType type, LocalizedName name, Map<String, String> attributes) {
    return create(type, name, attributes, null, null);
  }

  /**
   * Creates a draft entry as above, placed in a country and a sector (either may be blank): each
   * becomes a draft claim ("country", "sector") that puts the entry into that country's or sector's
   * brief once it is cited and approved.
   *
   * @param countryKey {@code country/KZ}, or blank
   * @param sectorKey {@code sector/energy}, or blank
   */
  @Transactional
  public String create(
      EntryType type,
      LocalizedName name,
      Map<String, String> attributes,
      String countryKey,
      String sectorKey) {
    Caller curator = callers.require(Role.EDITOR, "create an entry");
    if (type == null) {
      throw new InvalidFieldException("type", "Choose the type of entry");
    }
    return Editor.actingAs(
        curator.name(),
        () -> {
          Entry entry = EntryFactory.create(type, newKey(type, name, attributes), name, attributes);
          place(entry, "country", countryKey, EntryType.COUNTRY);
          place(entry, "sector", sectorKey, EntryType.SECTOR);
          entry.recordEdit(curator.name(), Instant.now(), "created the entry");
          entries.add(entry);
          entries.flush();
          return entry.key();
        });
  }

  /** A new entry's country or sector, as a draft claim to be cited. */
  private void place(Entry entry, String property, String targetKey, EntryType targetType) {
    if (targetKey == null || targetKey.isBlank()) {
      return;
    }
    Entry target =
        entries
            .byKey(targetKey.strip())
            .filter(e -> e.type() == targetType)
            .orElseThrow(
                () ->
                    new InvalidFieldException(
                        property,
                        "There is no " + property + " " + Text.quote(targetKey) + ": choose one"));
    if (!PropertySchema.definition(property).orElseThrow().appliesTo(entry.type())) {
      throw new InvalidFieldException(
          property, "A " + entry.type().slug() + " has no " + property + ": leave it empty");
    }
    entry.addClaim(
        newClaimKey(entry, property),
        property,
        ClaimValue.entry(target),
        null,
        null,
        org.silkway.core.claim.ClaimKind.ACTUAL,
        null);
  }

  /**
   * Renames the entry and sets its type's attributes, together: at once for a draft, as a proposal
   * waiting for review once the entry has been published.
   */
  @Transactional
  public void describe(
      String key, long version, LocalizedName name, Map<String, String> attributes) {
    Caller curator = callers.require(Role.EDITOR, "rename an entry or change its attributes");
    edit(
        curator,
        key,
        version,
        entry -> {
          LocalizedName before = entry.proposedName().orElse(entry.name());
          Map<String, String> attributesBefore =
              entry.proposedAttributes().orElse(entry.attributes());
          entry.rename(name);
          entry.changeAttributes(attributes);
          return ChangeWords.described(
              before,
              entry.proposedName().orElse(entry.name()),
              attributesBefore,
              entry.proposedAttributes().orElse(entry.attributes()));
        });
  }

  /**
   * Adds a claim with its citations.
   *
   * @return the new claim's key
   */
  @Transactional
  public String addClaim(String key, long version, ClaimInput input) {
    Caller curator = callers.require(Role.EDITOR, "add a claim");
    requireCited(input);
    return change(
        curator,
        key,
        version,
        entry -> {
          Claim claim = add(entry, input);
          return new Done<>(claim.key(), "added " + ChangeWords.claim(claim));
        });
  }

  /**
   * Adds claims to the entry as one change, each a draft resting on its citations: what a row of a
   * spreadsheet says about an entry. One version and one line in the entry's record for them all,
   * and one write, where a claim at a time would write the entry once per claim.
   *
   * @return the new claims' keys, in the order given
   * @throws InvalidFieldException naming the first claim refused as {@code claims[i].field}
   */
  @Transactional
  public List<String> addClaims(String key, long version, List<ClaimInput> inputs) {
    Caller curator = callers.require(Role.EDITOR, "add claims");
    for (int i = 0; i < inputs.size(); i++) {
      int index = i;
      asClaimOf(index, () -> requireCited(inputs.get(index)));
    }
    return change(
        curator,
        key,
        version,
        entry -> {
          List<Claim> added = new ArrayList<>();
          for (int i = 0; i < inputs.size(); i++) {
            ClaimInput input = inputs.get(i);
            asClaimOf(i, () -> added.add(add(entry, input)));
          }
          return new Done<>(
              added.stream().map(Claim::key).toList(),
              "added "
                  + added.stream()
                      .map(ChangeWords::claim)
                      .collect(java.util.stream.Collectors.joining("; ")));
        });
  }

  /** Runs a step for the claim at {@code index}, naming it in the field of what it refuses. */
  private static void asClaimOf(int index, Runnable step) {
    try {
      step.run();
    } catch (InvalidFieldException e) {
      String claim = "claims[" + index + "]";
      throw new InvalidFieldException(
          e.field() == null ? claim : claim + "." + e.field(), e.getMessage());
    }
  }

  /**
   * Corrects a claim: a draft in place, a published one by a draft that replaces it when approved.
   * The citations given are the correction's: the form starts from the claim's own, so an editor
   * keeps, changes or adds to them; a draft corrected in place keeps only those given.
   *
   * @return the key of the claim that holds the correction
   */
  @Transactional
  public String correctClaim(String key, long version, String claimKey, ClaimInput input) {
    Caller curator = callers.require(Role.EDITOR, "correct a claim");
    requireCited(input);
    return change(
        curator,
        key,
        version,
        entry -> {
          Claim claim = claimOf(entry, claimKey);
          String before = ChangeWords.value(claim);
          Claim correction = correct(entry, claim, input);
          return new Done<>(
              correction.key(), "corrected " + ChangeWords.change(before, correction));
        });
  }

  /**
   * Translates a text claim into a language its source did not write it in. A published text's
   * translation waits for review like any change to a published entry: readers go on seeing the
   * original until a reviewer approves; a draft's is reviewed with it.
   *
   * @throws InvalidFieldException naming {@code translation}, {@code language} or {@code claim}
   */
  @Transactional
  public void translate(String key, long version, String claimKey, Language language, String text) {
    Caller curator = callers.require(Role.EDITOR, "translate a text");
    if (language == null) {
      throw new InvalidFieldException("language", "Choose the language of the translation");
    }
    edit(
        curator,
        key,
        version,
        entry -> {
          Claim claim = claimOf(entry, claimKey);
          entry.translate(claim, language, text);
          return ChangeWords.translated(claim, language, text.strip());
        });
  }

  /**
   * Restores a claim to its value, time, wording and citations at an earlier audit revision. It is
   * a change like any other: a published claim gets a correction that waits for review, a draft is
   * revised in place, a claim corrected since is restored through its correction, and a claim
   * retracted since comes back as a new draft.
   *
   * @return the key of the claim that holds the restored value
   * @throws InvalidFieldException naming {@code revision} when the claim did not exist then
   */
  @Transactional
  public String revertClaim(String key, long version, String claimKey, long revision) {
    Caller curator = callers.require(Role.EDITOR, "restore a claim");
    return change(
        curator,
        key,
        version,
        entry -> {
          Claim named = claimOf(entry, claimKey);
          Claim then =
              entries
                  .claimAt(named.id(), revision)
                  .filter(c -> c.status() != ClaimStatus.RETRACTED)
                  .orElseThrow(
                      () ->
                          new InvalidFieldException(
                              "revision",
                              "The claim had no value at revision "
                                  + revision
                                  + ": choose a revision at which it was in the entry"));
          Claim now = currentOf(entry, named);
          String before = ChangeWords.value(now);
          Claim restored = restore(entry, now, then);
          return new Done<>(
              restored.key(),
              "restored "
                  + ChangeWords.change(before, restored)
                  + " (as at revision "
                  + revision
                  + ")");
        });
  }

  /**
   * Restores a whole entry as it stood at an earlier audit revision, as a change that goes through
   * review like any other: every claim it had then comes back with its value and citations of then
   * (through its correction when it was corrected since, as a new draft when it was retracted),
   * every claim added since is retracted (proposed for retraction, when published), and the names
   * and attributes of then are proposed again.
   *
   * @throws InvalidFieldException naming {@code revision} when the entry did not exist then, or is
   *     already as it was
   */
  @Transactional
  public void revertEntry(String key, long version, long revision) {
    Caller curator = callers.require(Role.EDITOR, "restore an entry");
    edit(
        curator,
        key,
        version,
        entry -> {
          Entry then =
              entries
                  .entryAt(entry.id(), revision)
                  .orElseThrow(
                      () ->
                          new InvalidFieldException(
                              "revision",
                              "The entry did not exist at revision "
                                  + revision
                                  + ": choose a revision from its history"));
          List<Claim> thenClaims =
              then.allClaims().stream().filter(c -> c.status() != ClaimStatus.RETRACTED).toList();
          Set<Long> thenIds = new HashSet<>();
          thenClaims.forEach(c -> thenIds.add(c.id()));
          // Found before anything is restored: the drafts a restore adds are not "added since".
          List<Claim> addedSince =
              entry.workingClaims().stream().filter(c -> !descendsFrom(c, thenIds)).toList();
          List<String> done = new ArrayList<>();
          for (Claim old : thenClaims) {
            Claim now = currentOf(entry, claimById(entry, old.id()));
            if (now.status() == ClaimStatus.RETRACTED || !sameClaim(now, old)) {
              String before = ChangeWords.value(now);
              done.add(ChangeWords.change(before, restore(entry, now, old)));
            }
          }
          for (Claim added : addedSince) {
            entry.retract(added);
            done.add("retracted " + ChangeWords.claim(added));
          }
          LocalizedName name = entry.proposedName().orElse(entry.name());
          Map<String, String> attributes = entry.proposedAttributes().orElse(entry.attributes());
          if (!name.equals(then.name()) || !attributes.equals(then.attributes())) {
            entry.rename(then.name());
            entry.changeAttributes(then.attributes());
            done.add(ChangeWords.described(name, then.name(), attributes, then.attributes()));
          }
          if (done.isEmpty()) {
            throw new InvalidFieldException(
                "revision",
                "The entry is already as it was at revision " + revision + ": nothing to restore");
          }
          return "restored the entry as at revision " + revision + ": " + String.join("; ", done);
        });
  }

  /**
   * The claim that holds a claim's value now: the claim itself, or the newest working correction of
   * it. Corrections chain (a correction approved, then corrected again retracts the one before), so
   * the chain is followed through retracted links; a correction that was dropped leads nowhere and
   * leaves the claim it would have corrected in place.
   */
  private static Claim currentOf(Entry entry, Claim named) {
    Claim link = named;
    Claim working = named.status() == ClaimStatus.RETRACTED ? null : named;
    for (Claim next = correctionOf(entry, link); next != null; next = correctionOf(entry, link)) {
      link = next;
      if (link.status() != ClaimStatus.RETRACTED) {
        working = link;
      }
    }
    return working != null ? working : link;
  }

  private static Claim correctionOf(Entry entry, Claim claim) {
    return entry.allClaims().stream()
        .filter(c -> c.replaces() == claim && c != claim)
        .findFirst()
        .orElse(null);
  }

  /** Whether the claim is one of these, or corrects one of them, directly or through others. */
  private static boolean descendsFrom(Claim claim, Set<Long> ids) {
    for (Claim c = claim; c != null; c = c.replaces()) {
      if (ids.contains(c.id())) {
        return true;
      }
    }
    return false;
  }

  private static Claim claimById(Entry entry, Long id) {
    return entry.allClaims().stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("Claim " + id + " left its entry"));
  }

  /** Whether a claim says now what it said then: value, period, kind and citations. */
  private static boolean sameClaim(Claim now, Claim then) {
    return now.value().sameAs(then.value())
        && java.util.Objects.equals(now.appliesTo(), then.appliesTo())
        && now.kind() == then.kind()
        && citations(now).equals(citations(then));
  }

  private static List<String> citations(Claim claim) {
    return claim.citations().stream()
        .map(c -> c.source().key() + "|" + c.excerpt())
        .sorted()
        .toList();
  }

  /**
   * Brings a claim back to what another (read from the audit trail) said: a claim retracted since
   * comes back as a new draft, one working now is corrected.
   */
  private Claim restore(Entry entry, Claim now, Claim then) {
    ClaimInput input = ClaimInputs.of(then);
    // Never back to a claim without a citation: that would block the entry from review.
    requireCited(input);
    return now.status() == ClaimStatus.RETRACTED ? add(entry, input) : correct(entry, now, input);
  }

  /** Adds a draft claim with what was given, citations included. */
  private Claim add(Entry entry, ClaimInput input) {
    Claim claim =
        entry.addClaim(
            newClaimKey(entry, input.property()),
            input.property(),
            input.value(entries::byKey),
            input.appliesTo(),
            input.asStated(),
            input.requireKind(),
            input.note());
    cite(entry, claim, input.citations());
    return claim;
  }

  /**
   * Corrects the claim with what was given, citations included: a draft in place (resting on the
   * citations given and no others), a published claim by a new draft that replaces it.
   */
  private Claim correct(Entry entry, Claim claim, ClaimInput input) {
    Claim correction =
        entry.correct(
            claim,
            newClaimKey(entry, claim.property()),
            input.value(entries::byKey),
            input.appliesTo(),
            input.asStated(),
            input.requireKind(),
            input.note());
    if (correction == claim) {
      entry.clearCitations(correction);
    }
    cite(entry, correction, input.citations());
    return correction;
  }

  @Transactional
  public void retractClaim(String key, long version, String claimKey) {
    Caller curator = callers.require(Role.EDITOR, "retract a claim");
    edit(
        curator,
        key,
        version,
        entry -> {
          Claim claim = claimOf(entry, claimKey);
          entry.retract(claim);
          return (claim.isRetractionProposed() ? "proposed to retract " : "retracted ")
              + ChangeWords.claim(claim);
        });
  }

  /** Withdraws a proposed retraction. */
  @Transactional
  public void keepClaim(String key, long version, String claimKey) {
    Caller curator = callers.require(Role.EDITOR, "keep a claim");
    edit(
        curator,
        key,
        version,
        entry -> {
          Claim claim = claimOf(entry, claimKey);
          entry.keep(claim);
          return "kept " + ChangeWords.claim(claim);
        });
  }

  /** A reviewer's decision, in effect at once: see {@link Entry#recordDecision}. */
  @Transactional
  public void prefer(String key, long version, String claimKey) {
    Caller curator = callers.require(Role.REVIEWER, "prefer a claim");
    publishing(
        curator,
        "preferred a claim of " + key,
        () ->
            decide(
                curator,
                key,
                version,
                e -> {
                  Claim claim = claimOf(e, claimKey);
                  e.prefer(claim);
                  return "preferred " + ChangeWords.claim(claim);
                }));
  }

  @Transactional
  public void clearPreference(String key, long version, String claimKey) {
    Caller curator = callers.require(Role.REVIEWER, "clear a preference");
    publishing(
        curator,
        "cleared a preference on " + key,
        () ->
            decide(
                curator,
                key,
                version,
                e -> {
                  Claim claim = claimOf(e, claimKey);
                  e.clearPreference(claim);
                  return "cleared the preference among " + ChangeWords.claim(claim);
                }));
  }

  @Transactional
  public void submit(String key, long version) {
    Caller curator = callers.require(Role.EDITOR, "submit an entry for review");
    transition(
        curator, key, version, entry -> entry.submitForReview(curator.name(), Instant.now()));
  }

  @Transactional
  public void sendBack(String key, long version, String comment) {
    Caller curator = callers.require(Role.REVIEWER, "send an entry back");
    transition(
        curator, key, version, entry -> entry.sendBack(curator.name(), Instant.now(), comment));
  }

  @Transactional
  public void approve(String key, long version) {
    Caller curator = callers.require(Role.REVIEWER, "approve and publish");
    publishing(
        curator,
        "approved " + key,
        () ->
            transition(
                curator,
                key,
                version,
                entry -> entry.approve(curator.name(), Instant.now(), fourEyes)));
  }

  @Transactional
  public void archive(String key, long version) {
    Caller curator = callers.require(Role.ADMIN, "archive an entry");
    publishing(curator, "archived " + key, () -> transition(curator, key, version, Entry::archive));
  }

  @Transactional
  public void restore(String key, long version) {
    Caller curator = callers.require(Role.ADMIN, "restore an archived entry");
    publishing(curator, "restored " + key, () -> transition(curator, key, version, Entry::restore));
  }

  /**
   * Whether the entry already says what the input says: a working claim (published or draft) of the
   * same property with the same value and time. An import proposes only what an entry does not say
   * yet, so a list imported twice, or read back from its own export, changes nothing.
   *
   * @throws InvalidFieldException naming the field of the input that is wrong
   */
  @Transactional
  public boolean states(String key, ClaimInput input) {
    callers.require(Role.EDITOR, "compare a claim with an entry");
    Entry entry = entryOf(key);
    ClaimValue value = input.value(entries::byKey);
    org.silkway.core.time.TimeSpan when = input.appliesTo();
    return entry.workingClaims().stream()
        .anyMatch(
            c ->
                c.property().equals(input.property())
                    && c.value().sameAs(value)
                    && java.util.Objects.equals(c.appliesTo(), when));
  }

  /** What the claim form shows to correct a claim: the claim as it is, with its citations. */
  @Transactional
  public java.util.Optional<ClaimInput> inputOf(String key, String claimKey) {
    return entries.byKey(key).flatMap(e -> e.claim(claimKey)).map(ClaimInputs::of);
  }

  /** An act that changes what readers see: it moves the published revision (see Publications). */
  private void publishing(Caller curator, String what, Runnable act) {
    Editor.actingAs(
        curator.name(),
        () ->
            publications.publish(
                what,
                () -> {
                  act.run();
                  return null;
                }));
  }

  /** What a change returns, and what it did in words, for the entry's record of its last change. */
  private record Done<T>(T result, String what) {}

  /**
   * A change to the entry's content: recorded for the review queues and the four-eyes rule, in
   * words that name what changed and how (worded after the change, when its values are known).
   */
  private <T> T change(Caller curator, String key, long version, Function<Entry, Done<T>> work) {
    return apply(
        curator,
        key,
        version,
        entry -> {
          Done<T> done = work.apply(entry);
          entry.recordEdit(curator.name(), Instant.now(), done.what());
          return done.result();
        });
  }

  private void edit(Caller curator, String key, long version, Function<Entry, String> work) {
    change(curator, key, version, entry -> new Done<>(null, work.apply(entry)));
  }

  private void decide(Caller curator, String key, long version, Function<Entry, String> decision) {
    apply(
        curator,
        key,
        version,
        entry -> {
          String what = decision.apply(entry);
          entry.recordDecision(curator.name(), Instant.now(), what);
          return null;
        });
  }

  /** A step in review: the entry records it itself, and it is not a change to the content. */
  private void transition(
      Caller curator, String key, long version, java.util.function.Consumer<Entry> step) {
    apply(
        curator,
        key,
        version,
        entry -> {
          step.accept(entry);
          return null;
        });
  }

  private <T> T apply(Caller curator, String key, long version, Function<Entry, T> work) {
    return Editor.actingAs(
        curator.name(),
        () -> {
          Entry entry = entryOf(key);
          if (entry.version() != version) {
            throw conflict(entry, curator);
          }
          T result = work.apply(entry);
          try {
            entries.flush();
          } catch (OptimisticLockException e) {
            throw new EditConflictException(
                ChangeWords.name(entry), false, null, null, null, entry.version());
          }
          return result;
        });
  }

  private static EditConflictException conflict(Entry entry, Caller curator) {
    return new EditConflictException(
        ChangeWords.name(entry),
        curator.name().equals(entry.record().lastChangedBy()),
        entry.record().lastChangedBy(),
        entry.record().lastChangedAt(),
        entry.record().lastChange(),
        entry.version());
  }

  private Entry entryOf(String key) {
    return entries
        .byKey(key)
        .orElseThrow(
            () -> new InvalidFieldException("entry", "There is no entry " + Text.quote(key)));
  }

  private static Claim claimOf(Entry entry, String claimKey) {
    return entry
        .claim(claimKey)
        .orElseThrow(
            () ->
                new InvalidFieldException(
                    "claim", entry.key() + " has no claim " + Text.quote(claimKey)));
  }

  /**
   * A claim rests on its citations: one saved without any would block its entry from review, so the
   * form says so at once, at the first citation, instead of saving it.
   */
  private static void requireCited(ClaimInput input) {
    if (input.citations().isEmpty() && input.kind() != org.silkway.core.claim.ClaimKind.DERIVED) {
      throw new InvalidFieldException(
          "citations[0].source",
          "Cite a source: choose it (or describe a new one) and copy the words the claim rests on."
              + " A claim without a citation cannot go to review");
    }
  }

  private void cite(Entry entry, Claim claim, List<CitationInput> citations) {
    for (int i = 0; i < citations.size(); i++) {
      CitationInput citation = citations.get(i);
      String field = "citations[" + i + "]";
      Source source = sourceOf(citation, field);
      try {
        entry.cite(claim, source, citation.excerpt());
      } catch (InvalidFieldException e) {
        throw new InvalidFieldException(field + "." + e.field(), e.getMessage());
      }
    }
  }

  private Source sourceOf(CitationInput citation, String field) {
    if (citation.newSource() != null) {
      return newSource(citation.newSource(), field + ".newSource");
    }
    if (citation.sourceKey() == null || citation.sourceKey().isBlank()) {
      throw new InvalidFieldException(field + ".source", "Choose a source, or create one here");
    }
    return sources
        .byKey(citation.sourceKey())
        .orElseThrow(
            () ->
                new InvalidFieldException(
                    field + ".source",
                    "There is no source " + Text.quote(citation.sourceKey()) + ": choose one"));
  }

  private Source newSource(NewSource input, String field) {
    try {
      String slug = EntryKey.slugOf(input.title(), KEY_SLUG);
      String key = unique(slug.isEmpty() ? "source" : slug, k -> sources.byKey(k).isPresent());
      Source source = new Source(key, input.kind(), input.title(), input.language());
      source.attributedTo(input.outlet(), null).locatedAt(input.url(), null, null);
      sources.add(source);
      return source;
    } catch (InvalidFieldException e) {
      throw new InvalidFieldException(field + "." + e.field(), e.getMessage());
    }
  }

  private String newKey(EntryType type, LocalizedName name, Map<String, String> attributes) {
    if (type == EntryType.COUNTRY) {
      // A country's key is its code, so it cannot be made unique: one the register has is refused.
      String key;
      try {
        key = "country/" + CountryCode.parse(attributes.get("code")).value();
      } catch (IllegalArgumentException e) {
        throw new InvalidFieldException("attributes.code", e.getMessage());
      }
      if (entries.byKey(key).isPresent()) {
        throw new InvalidFieldException("attributes.code", key + " is in the register already");
      }
      return key;
    }
    String slug =
        name == null ? "" : EntryKey.slugOf(name.in(org.silkway.core.i18n.Language.EN), KEY_SLUG);
    String base = type.slug() + "/" + (slug.isEmpty() ? "entry" : slug);
    return unique(base, k -> entries.byKey(k).isPresent());
  }

  private String newClaimKey(Entry entry, String property) {
    String base =
        EntryKey.slugOf(
            entry.key().replace('/', '-') + "-" + (property == null ? "claim" : property),
            ColumnLimits.KEY - 6);
    return unique(
        base,
        k ->
            entry.allClaims().stream().anyMatch(c -> c.key().equals(k))
                || entries.claimKeyTaken(k));
  }

  /** {@code base}, or {@code base-2}, {@code base-3}... whichever is free first. */
  private static String unique(String base, java.util.function.Predicate<String> taken) {
    String key = base;
    for (int n = 2; taken.test(key); n++) {
      key = base + "-" + n;
    }
    return key;
  }
}
