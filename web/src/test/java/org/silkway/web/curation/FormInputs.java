package org.silkway.web.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Wrong input for every field of the editors' forms: too long, control characters, wrong types,
 * missing required fields, numbers out of range, dates at an impossible precision, references to
 * entries and sources that do not exist, and choices that are not on the list. Each must get a
 * message (at its field or the top of the form) or a 4xx, never a 5xx, and save nothing.
 */
final class FormInputs {

  static final String NUL = "\u0000";
  static final String BELL = "\u0007";
  static final String LONG = "x".repeat(5_000);
  static final String HUGE = "y".repeat(70_000);
  static final String MARKUP = "<script>alert(1)</script><img src=x onerror=alert(2)>";

  private FormInputs() {}

  /** The inputs for the claim form of this draft entry (a project), and its other forms. */
  static List<FormInput> all(String draftKey) {
    List<FormInput> inputs = new ArrayList<>();
    String claim = "admin/claim.xhtml?entry=" + draftKey;
    String entry = "admin/entry.xhtml?key=" + draftKey;

    // Amounts: a project's cost, in billions of US dollars.
    for (String amount :
        List.of(
            "",
            " ",
            "abc",
            "-",
            "1e999999",
            "1e999999999",
            "1.0123456789",
            "99999999999999999999",
            "1e-999",
            "NaN",
            "Infinity",
            "0x10",
            "1,5",
            "9 billion",
            "１２",
            NUL,
            LONG,
            MARKUP)) {
      inputs.add(claim(claim, "cost amount " + shown(amount), cost(amount, "USD_BILLION")));
    }
    for (String unit : List.of("", "LIGHT_YEARS", "KM", "<b>", NUL, LONG)) {
      Map<String, String> currency = cost("9", "USD_BILLION");
      currency.put("claim-form:value-currency", unit);
      inputs.add(claim(claim, "cost currency " + shown(unit), currency));
      Map<String, String> scale = cost("9", "USD_BILLION");
      scale.put("claim-form:value-scale", unit);
      inputs.add(claim(claim, "cost scale " + shown(unit), scale));
    }
    Map<String, String> bound = cost("9", "USD_BILLION");
    bound.put("claim-form:value-bound", "SOMEWHAT");
    inputs.add(claim(claim, "cost bound not on the list", bound));

    // Dates: a project's start, at each precision.
    String[][] dates = {
      {"DAY", "2025-13-45", ""},
      {"DAY", "2025-02-30", ""},
      {"DAY", "2025-06", ""},
      {"DAY", "abcd", ""},
      {"DAY", "", ""},
      {"DAY", "2025-06-18", "2025-06-16"},
      {"DAY", "2025-06-16", "tomorrow"},
      {"MONTH", "2024-12-01", ""},
      {"MONTH", "2024-00", ""},
      {"MONTH", "2024-13", ""},
      {"YEAR", "20255", ""},
      {"YEAR", "-2025", ""},
      {"YEAR", "99999999999", ""},
      {"YEAR", "2030", "2020"},
      {"CENTURY", "2000", ""},
      {"", "2025", ""},
      {"DAY", NUL, ""},
      {"DAY", LONG, ""},
      {"DAY", MARKUP, ""},
    };
    for (String[] d : dates) {
      inputs.add(
          claim(
              claim,
              "start " + d[0] + " " + shown(d[1]) + " to " + shown(d[2]),
              date(d[0], d[1], d[2])));
    }
    // The time a claim applies to.
    String[][] applies = {
      {"YEAR", "", ""},
      {"YEAR", "20x4", ""},
      {"MONTH", "2024", ""},
      {"DAY", "2024-02-30", ""},
      {"YEAR", "2030", "2010"},
      {"EPOCH", "2024", ""},
    };
    for (String[] a : applies) {
      Map<String, String> fields = cost("9", "USD_BILLION");
      fields.put("claim-form:applies-precision", a[0]);
      fields.put("claim-form:applies-start", a[1]);
      fields.put("claim-form:applies-end", a[2]);
      inputs.add(
          claim(claim, "applies to " + a[0] + " " + shown(a[1]) + " to " + shown(a[2]), fields));
    }

    // Codes: a project's stage.
    for (String code : List.of("", "FOO", "agreed", "AGREED;DROP", NUL, LONG, MARKUP)) {
      Map<String, String> fields = base("stage");
      fields.put("claim-form:value-code", code);
      inputs.add(claim(claim, "stage code " + shown(code), fields));
    }
    // Entries: a project's country, from the picker or typed.
    for (String target :
        List.of(
            "",
            "country/ZZ",
            "Atlantis [country/AT]",
            "sector/transport",
            "project/cku-railway",
            "'; drop table entry; --",
            "[]",
            NUL,
            LONG,
            MARKUP)) {
      Map<String, String> fields = base("country");
      fields.put("claim-form:value-entry_input", target);
      fields.put("claim-form:value-entry_hinput", target);
      inputs.add(claim(claim, "country entry " + shown(target), fields));
    }
    // Texts: a project's description.
    for (String text : List.of("", "   ", NUL + "text", "bell" + BELL, HUGE)) {
      Map<String, String> fields = base("description");
      fields.put("claim-form:value-text", text);
      inputs.add(claim(claim, "description " + shown(text), fields));
    }
    // What the claim is about, and its kind.
    for (String property : List.of("", "no-such-property", "held", "code", NUL, LONG, MARKUP)) {
      Map<String, String> fields = cost("9", "USD_BILLION");
      fields.put("claim-form:property", property);
      inputs.add(claim(claim, "property " + shown(property), fields));
    }
    for (String kind : List.of("", "RUMOUR", "actual", NUL)) {
      Map<String, String> fields = cost("9", "USD_BILLION");
      fields.put("claim-form:kind", kind);
      inputs.add(claim(claim, "kind " + shown(kind), fields));
    }
    for (String wording : List.of(LONG, NUL + "x", "bell" + BELL)) {
      Map<String, String> asStated = cost("9", "USD_BILLION");
      asStated.put("claim-form:as-stated", wording);
      inputs.add(claim(claim, "as stated " + shown(wording), asStated));
      Map<String, String> note = cost("9", "USD_BILLION");
      note.put("claim-form:note", wording.equals(LONG) ? HUGE : wording);
      inputs.add(claim(claim, "note " + shown(wording), note));
    }
    // Citations: a source that does not exist, an empty or endless excerpt.
    for (String[] c :
        new String[][] {
          {"seed-999", "an excerpt"},
          {"Nothing [no-such-source]", "an excerpt"},
          {"seed-001", ""},
          {"seed-001", HUGE},
          {"seed-001", NUL},
          {"", "an excerpt"},
          {NUL, "an excerpt"},
          {LONG, "an excerpt"},
        }) {
      Map<String, String> fields = cost("9", "USD_BILLION");
      fields.put("claim-form:rows:0:source_input", c[0]);
      fields.put("claim-form:rows:0:source_hinput", c[0]);
      fields.put("claim-form:rows:0:excerpt", c[1]);
      inputs.add(claim(claim, "citation " + shown(c[0]) + " / " + shown(c[1]), fields));
    }

    // A source created in place, as the citation's: no title, an endless or broken one, no
    // language, an address that is not one.
    for (String[] n :
        new String[][] {
          {"", "en", "https://example.org/a"},
          {"   ", "en", ""},
          {HUGE, "en", ""},
          {NUL, "en", ""},
          {"A title", "", ""},
          {"A title", LONG, ""},
          {"A title", "en", LONG},
          {"A title", "en", "javascript:alert(1)"},
        }) {
      Map<String, String> fields = cost("9", "USD_BILLION");
      fields.remove("claim-form:rows:0:source_input");
      fields.remove("claim-form:rows:0:source_hinput");
      fields.put(NEW_SOURCE, "true");
      fields.put("claim-form:rows:0:new-title", n[0]);
      fields.put("claim-form:rows:0:new-kind", "ARTICLE");
      fields.put("claim-form:rows:0:new-language", n[1]);
      fields.put("claim-form:rows:0:new-url", n[2]);
      inputs.add(
          claim(
              claim,
              "new source " + shown(n[0]) + " in " + shown(n[1]) + " at " + shown(n[2]),
              fields));
    }

    // The entry's names and the review comment.
    for (String[] names :
        new String[][] {
          {"", "Имя", "名字"},
          {"   ", "", ""},
          {LONG, "", ""},
          {"Name", LONG, ""},
          {"Name", "", LONG},
          {NUL, "", ""},
          {"Name" + BELL, "", ""},
          {"Name", NUL, ""},
          {"Name", "", "名" + NUL},
        }) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("entry-form:name-en", names[0]);
      fields.put("entry-form:name-ru", names[1]);
      fields.put("entry-form:name-zh", names[2]);
      inputs.add(
          new FormInput(
              "names " + shown(names[0]) + "/" + shown(names[1]) + "/" + shown(names[2]),
              entry,
              "entry-form",
              fields,
              "entry-form:save-names"));
    }

    // A new entry: no type, an unknown type, no English name, a country code that is not one.
    String newEntry = "admin/new-entry.xhtml";
    for (String[] e :
        new String[][] {
          {"spaceship", "Name"},
          {"", "Name"},
          {"project", ""},
          {"project", "   "},
          {"project", LONG},
          {"project", NUL},
          {"project", "Name" + BELL},
        }) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("new-entry:type", e[0]);
      fields.put("new-entry:name-en", e[1]);
      inputs.add(
          new FormInput(
              "new " + shown(e[0]) + " named " + shown(e[1]),
              newEntry,
              "new-entry",
              fields,
              "new-entry:create"));
    }
    return inputs;
  }

  /** The check box that turns a citation's source picker into a form for a new source. */
  static final String NEW_SOURCE = "claim-form:rows:0:new-source";

  /**
   * A cost claim with a citation: change one part to make it wrong. A cost is money, so the form
   * takes its unit as a scale and a currency: {@code USD_BILLION} is posted as BILLION and USD.
   */
  static Map<String, String> cost(String amount, String unit) {
    Map<String, String> fields = base("cost");
    fields.put("claim-form:value-amount", amount);
    int cut = unit.indexOf('_');
    fields.put("claim-form:value-currency", cut < 0 ? unit : unit.substring(0, cut));
    fields.put("claim-form:value-scale", cut < 0 ? "" : unit.substring(cut + 1));
    fields.put("claim-form:value-bound", "ABOUT");
    return fields;
  }

  private static Map<String, String> date(String precision, String start, String end) {
    Map<String, String> fields = base("start");
    fields.put("claim-form:value-time-precision", precision);
    fields.put("claim-form:value-time-start", start);
    fields.put("claim-form:value-time-end", end);
    return fields;
  }

  private static Map<String, String> base(String property) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("claim-form:property", property);
    fields.put("claim-form:kind", "ACTUAL");
    fields.put("claim-form:rows:0:source_input", "seed-001");
    fields.put("claim-form:rows:0:source_hinput", "seed-001");
    fields.put("claim-form:rows:0:excerpt", "as the article says");
    return fields;
  }

  private static FormInput claim(String page, String what, Map<String, String> fields) {
    return new FormInput("claim: " + what, page, "claim-form", fields, "claim-form:save");
  }

  private static String shown(String value) {
    if (value.length() > 24) {
      return "'" + value.substring(0, 12).replace(NUL, "\\0") + "…(" + value.length() + ")'";
    }
    return "'" + value.replace(NUL, "\\0").replace(BELL, "\\a") + "'";
  }
}
