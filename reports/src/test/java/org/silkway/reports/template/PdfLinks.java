package org.silkway.reports.template;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;

/** Where a PDF's internal links lead, as the names of the anchors they land on. */
public final class PdfLinks {

  private PdfLinks() {}

  /**
   * The anchor each link leads to, one entry per link, in page order.
   *
   * @throws AssertionError when a link leads to no anchor
   */
  public static List<String> targets(PDDocument document) throws IOException {
    Map<String, PDPageXYZDestination> anchors = anchors(document);
    List<String> targets = new ArrayList<>();
    for (PDPage page : document.getPages()) {
      for (PDAnnotation annotation : page.getAnnotations()) {
        if (annotation instanceof PDAnnotationLink link
            && link.getAction() instanceof PDActionGoTo goTo) {
          // OpenPDF resolves a link to its anchor's page and position: find the anchor there.
          PDPageXYZDestination target = (PDPageXYZDestination) goTo.getDestination();
          targets.add(
              anchors.entrySet().stream()
                  .filter(a -> samePlace(a.getValue(), target))
                  .map(Map.Entry::getKey)
                  .findFirst()
                  .orElseThrow(() -> new AssertionError("a link leads to no anchor")));
        }
      }
    }
    return targets;
  }

  /** Every named destination of the document: JasperReports writes one per anchor. */
  private static Map<String, PDPageXYZDestination> anchors(PDDocument document) throws IOException {
    Map<String, PDPageXYZDestination> anchors = new HashMap<>();
    var names = document.getDocumentCatalog().getNames().getDests();
    for (var entry : names.getNames().entrySet()) {
      anchors.put(entry.getKey(), (PDPageXYZDestination) entry.getValue());
    }
    if (names.getKids() != null) {
      for (var kid : names.getKids()) {
        for (var entry : kid.getNames().entrySet()) {
          anchors.put(entry.getKey(), (PDPageXYZDestination) entry.getValue());
        }
      }
    }
    return anchors;
  }

  private static boolean samePlace(PDPageXYZDestination a, PDPageXYZDestination b) {
    return a.getPage().getCOSObject() == b.getPage().getCOSObject()
        && a.getLeft() == b.getLeft()
        && a.getTop() == b.getTop();
  }
}
