package org.silkway.web.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.silkway.core.entry.EntryType;
import org.silkway.core.spreadsheet.SheetLayout;
import org.silkway.core.spreadsheet.SpreadsheetWriter;
import org.silkway.web.support.Accounts;
import org.silkway.web.support.Answer;
import org.silkway.web.support.Http;
import org.silkway.web.support.OnSilkway;

/**
 * Spreadsheets over HTTP as an editor's tools send them: templates to fill in, a dry run that names
 * each problem by sheet, row and column, and an import whose rows are drafts readers do not find.
 */
@OnSilkway
class SpreadsheetIT {

  private static final String XLSX = SpreadsheetFormat.XLSX.mediaType();

  private final URL base;

  SpreadsheetIT(URL base) {
    this.base = base;
  }

  private static JsonObject json(HttpResponse<byte[]> response) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(response.body()))) {
      return reader.readObject();
    }
  }

  private static byte[] projects(List<Map<String, String>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SpreadsheetWriter.xlsx(
        List.of(new SpreadsheetWriter.SheetData(SheetLayout.of(EntryType.PROJECT), rows)), out);
    return out.toByteArray();
  }

  private static Map<String, String> project(String name, String cost) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("name_en", name);
    row.put("country", "country/KZ");
    row.put("cost", cost);
    row.put("cost_unit", "USD_MILLION");
    row.put("source", "seed-002");
    row.put("excerpt", "a new logistics hub");
    return row;
  }

  private HttpResponse<byte[]> post(String query, String type, byte[] body, Accounts.Login as) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(Http.resolve(base, "api/admin/imports" + query))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (as != null) {
      request.header("Authorization", as.basic());
    }
    return Http.send(request.build());
  }

  @Test
  void an_editor_downloads_templates_that_the_import_reads_back() throws Exception {
    HttpResponse<byte[]> xlsx =
        Http.get(base, "api/admin/templates/project.xlsx", Accounts.editor(base));
    assertEquals(200, xlsx.statusCode(), () -> Answer.text(xlsx));
    assertEquals(XLSX, Answer.contentType(xlsx));
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertEquals("key", workbook.getSheet("project").getRow(0).getCell(0).getStringCellValue());
    }
    HttpResponse<byte[]> csv =
        Http.get(base, "api/admin/templates/event.csv", Accounts.editor(base));
    assertEquals(200, csv.statusCode());
    assertTrue(
        Answer.text(csv).startsWith("\uFEFFkey,name_en,name_ru,name_zh,kind,"), Answer.text(csv));

    HttpResponse<byte[]> dryRun = post("?dryRun=true", XLSX, xlsx.body(), Accounts.editor(base));
    assertEquals(200, dryRun.statusCode(), () -> Answer.text(dryRun));
    assertEquals(0, json(dryRun).getInt("rows"), "an empty template is no rows and no problem");

    HttpResponse<byte[]> unknown =
        Http.get(base, "api/admin/templates/projects.xlsx", Accounts.editor(base));
    assertEquals(404, unknown.statusCode());
    assertTrue(
        Answer.text(unknown).contains("templates/<type>.xlsx or .csv"), Answer.text(unknown));
    assertNull(Answer.internalsIn(unknown), "no internals in the answer");
  }

  @Test
  void a_dry_run_names_each_problem_and_an_import_makes_drafts_readers_do_not_find() {
    String name = "Aktobe grain hub " + System.nanoTime();
    byte[] withProblem =
        projects(List.of(project(name, "120"), project(name + " two", "twelve million")));

    HttpResponse<byte[]> refused = post("?dryRun=true", XLSX, withProblem, Accounts.editor(base));
    assertEquals(400, refused.statusCode(), () -> Answer.text(refused));
    assertTrue(Answer.contentType(refused).startsWith("application/problem+json"));
    JsonObject problem = json(refused).getJsonArray("problems").getJsonObject(0);
    assertEquals("project", problem.getString("sheet"));
    assertEquals(3, problem.getInt("row"));
    assertEquals("cost", problem.getString("column"));
    assertEquals("'twelve million' is not a number", problem.getString("message"));
    assertEquals(400, post("", XLSX, withProblem, Accounts.editor(base)).statusCode());
    assertEquals(0, searchAsEditor(name), "nothing of a refused file is stored");

    byte[] fine = projects(List.of(project(name, "120")));
    HttpResponse<byte[]> checked = post("?dryRun=true", XLSX, fine, Accounts.editor(base));
    assertEquals(200, checked.statusCode(), () -> Answer.text(checked));
    assertFalse(json(checked).getBoolean("stored"));
    assertEquals(1, json(checked).getInt("created"));
    assertEquals(0, searchAsEditor(name), "a dry run stores nothing");

    HttpResponse<byte[]> imported = post("", XLSX, fine, Accounts.editor(base));
    assertEquals(200, imported.statusCode(), () -> Answer.text(imported));
    assertTrue(json(imported).getBoolean("stored"));
    assertEquals(2, json(imported).getInt("claims"), "country and cost");
    assertEquals(1, searchAsEditor(name), "editors find the draft");
    String readers = Answer.text(Http.get(base, "api/search?q=" + name.replace(' ', '+')));
    assertFalse(readers.contains("Aktobe"), "readers do not: " + readers);
  }

  @Test
  void a_csv_file_names_its_type_and_only_editors_may_send_one() {
    String name = "Termez cargo terminal " + System.nanoTime();
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    SpreadsheetWriter.csv(
        new SpreadsheetWriter.SheetData(
            SheetLayout.of(EntryType.PROJECT), List.of(project(name, "45"))),
        csv);

    HttpResponse<byte[]> noType = post("", "text/csv", csv.toByteArray(), Accounts.editor(base));
    assertEquals(400, noType.statusCode());
    assertTrue(Answer.text(noType).contains("?type=project"), Answer.text(noType));
    assertEquals(401, post("?type=project", "text/csv", csv.toByteArray(), null).statusCode());

    HttpResponse<byte[]> imported =
        post("?type=project", "text/csv", csv.toByteArray(), Accounts.editor(base));
    assertEquals(200, imported.statusCode(), () -> Answer.text(imported));
    assertEquals(1, json(imported).getInt("created"));

    HttpResponse<byte[]> pdf =
        post("", "application/pdf", new byte[] {1, 2}, Accounts.editor(base));
    assertEquals(415, pdf.statusCode());
    HttpResponse<byte[]> junk = post("", XLSX, "not a workbook".getBytes(), Accounts.editor(base));
    assertEquals(400, junk.statusCode());
    assertTrue(Answer.text(junk).contains("not an XLSX workbook"), Answer.text(junk));
  }

  @Test
  void the_published_register_and_an_editors_list_come_out_as_workbooks_the_import_reads_back()
      throws Exception {
    HttpResponse<byte[]> register = Http.get(base, "api/export/register.xlsx");
    assertEquals(200, register.statusCode(), () -> Answer.text(register));
    assertEquals(XLSX, Answer.contentType(register));
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(register.body()))) {
      assertTrue(workbook.getSheet("project").getLastRowNum() > 10, "the seed's projects");
      assertTrue(workbook.getSheet("country").getLastRowNum() > 5);
    }
    String etag = register.headers().firstValue("ETag").orElseThrow();
    HttpResponse<byte[]> again =
        Http.send(
            HttpRequest.newBuilder(Http.resolve(base, "api/export/register.xlsx"))
                .header("If-None-Match", etag)
                .build());
    assertEquals(304, again.statusCode(), "unchanged until the next publication");
    HttpResponse<byte[]> second = Http.get(base, "api/export/register.xlsx");
    if (second.headers().firstValue("ETag").orElseThrow().equals(etag)) {
      // Other tests on this server may publish meanwhile; within a revision it is one file.
      assertArrayEquals(register.body(), second.body(), "written once per revision");
    }

    HttpResponse<byte[]> projects =
        Http.get(
            base, "api/desk/entries.xlsx?type=project&status=PUBLISHED", Accounts.editor(base));
    assertEquals(200, projects.statusCode(), () -> Answer.text(projects));
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(projects.body()))) {
      assertEquals("project", workbook.getSheetName(0));
      assertTrue(workbook.getSheet("country") == null, "the list holds its own type only");
    }
    for (byte[] workbook : List.of(register.body(), projects.body())) {
      HttpResponse<byte[]> checked = post("?dryRun=true", XLSX, workbook, Accounts.editor(base));
      assertEquals(200, checked.statusCode(), () -> Answer.text(checked));
      JsonObject outcome = json(checked);
      assertEquals(0, outcome.getInt("claims"), outcome.toString());
      assertEquals(0, outcome.getInt("created"), outcome.toString());
      assertEquals(outcome.getInt("rows"), outcome.getInt("unchanged"), outcome.toString());
    }
    HttpResponse<byte[]> badDate =
        Http.get(base, "api/desk/entries.xlsx?type=project&from=someday", Accounts.editor(base));
    assertEquals(400, badDate.statusCode());
  }

  /** How many of the editors' search hits name this. */
  private long searchAsEditor(String name) {
    String page =
        Answer.text(
            Http.get(
                base, "admin/search.xhtml?q=" + name.replace(' ', '+'), Accounts.editor(base)));
    return page.lines().filter(line -> line.contains(name) && line.contains("sw-title")).count();
  }
}
