package org.silkway.web.api.changes;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.silkway.core.i18n.Vocabulary;
import org.silkway.reports.brief.BriefService;
import org.silkway.reports.brief.ChangesAssembler.Change;
import org.silkway.reports.brief.model.BriefSubject;
import org.silkway.reports.changes.ChangeFeed;
import org.silkway.reports.changes.ChangeSet;
import org.silkway.web.api.Problem;
import org.silkway.web.api.brief.BriefPaths;

/**
 * {@code GET /api/changes.atom}, with the parameters of {@link ChangesResource}: an Atom feed (RFC
 * 4287) with one entry per publishing act, newest first. An entry is titled by the entries it
 * changed, summarises each change as "label — kind: before → after", links to that day's changes
 * PDF (alternate) and to the brief as of that day (related), and names each subject it touched as a
 * category.
 */
@Path("changes.atom")
public class ChangesAtomResource {

  static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String MEDIA_TYPE = "application/atom+xml;charset=UTF-8";
  private static final int NAMES_IN_TITLE = 3;

  @Inject ChangeFeed feed;
  @Inject BriefService briefs;

  @Context UriInfo uri;

  private final Clock clock = Clock.systemUTC();

  @GET
  @Produces({MEDIA_TYPE, Problem.MEDIA_TYPE})
  public Response feed() throws XMLStreamException {
    ChangesQuery query;
    try {
      query = ChangesQuery.of(uri.getQueryParameters(), clock);
    } catch (ChangesQuery.Refused refused) {
      return refused.problem();
    }
    // Newest first, as feed readers expect.
    List<ChangeSet> sets =
        new ArrayList<>(feed.between(query.from(), query.to(), query.subject(), query.language()));
    Collections.reverse(sets);
    ChangeLinks links = new ChangeLinks(query.language(), briefs.catalog());
    Vocabulary words = Vocabulary.of(query.language());
    StringWriter xml = new StringWriter();
    XMLStreamWriter out = XMLOutputFactory.newFactory().createXMLStreamWriter(xml);
    out.writeStartDocument("UTF-8", "1.0");
    out.setDefaultNamespace(ATOM);
    out.writeStartElement(ATOM, "feed");
    out.writeDefaultNamespace(ATOM);
    out.writeAttribute("xml:lang", query.language().tag());
    URI self = uri.getRequestUri();
    element(out, "id", self.toString());
    String title = words.word("changes.feed.title");
    element(out, "title", query.subject().map(s -> title + " · " + links.title(s)).orElse(title));
    element(out, "updated", (sets.isEmpty() ? query.from() : sets.get(0).publishedAt()).toString());
    out.writeStartElement("author");
    element(out, "name", "Silkway");
    out.writeEndElement();
    link(out, "self", "application/atom+xml", self.toString(), null);
    for (ChangeSet set : sets) {
      entry(out, set, links, words);
    }
    out.writeEndElement();
    out.writeEndDocument();
    out.close();
    return Response.ok(xml.toString(), MEDIA_TYPE)
        .header("Cache-Control", "public, no-cache")
        .build();
  }

  private void entry(XMLStreamWriter out, ChangeSet set, ChangeLinks links, Vocabulary words)
      throws XMLStreamException {
    out.writeStartElement("entry");
    element(out, "id", "urn:silkway:publication:" + set.revision());
    element(out, "title", title(set, words));
    element(out, "updated", set.publishedAt().toString());
    List<BriefSubject> subjects = set.subjects();
    for (int i = 0; i < subjects.size(); i++) {
      BriefSubject subject = subjects.get(i);
      String name = links.title(subject);
      link(
          out,
          i == 0 ? "alternate" : "related",
          "application/pdf",
          absolute(links.changes(subject, set)),
          name);
      link(out, "related", "application/pdf", absolute(links.brief(subject, set)), name);
      out.writeEmptyElement("category");
      out.writeAttribute("term", BriefPaths.name(subject));
      out.writeAttribute("label", name);
    }
    element(out, "summary", summary(set, words));
    out.writeEndElement();
  }

  /** The names of the entries it changed: "CKU railway", "A, B, C and 2 more". */
  private static String title(ChangeSet set, Vocabulary words) {
    Set<String> names = new LinkedHashSet<>();
    set.bySubject().values().forEach(changes -> changes.forEach(c -> names.add(c.entryName())));
    List<String> first = names.stream().limit(NAMES_IN_TITLE).toList();
    String listed = String.join(", ", first);
    return names.size() <= NAMES_IN_TITLE
        ? listed
        : words.word("changes.feed.more", listed, names.size() - NAMES_IN_TITLE);
  }

  /** One line per change, once even when several subjects show it. */
  private static String summary(ChangeSet set, Vocabulary words) {
    Set<String> lines = new LinkedHashSet<>();
    for (Map.Entry<BriefSubject, List<Change>> touched : set.bySubject().entrySet()) {
      for (Change c : touched.getValue()) {
        String kind = words.word("changes.figure." + c.kind().toUpperCase(java.util.Locale.ROOT));
        String values =
            c.before().isEmpty()
                ? c.after()
                : c.after().isEmpty() ? c.before() : c.before() + " → " + c.after();
        lines.add(c.entryName() + ": " + c.label() + " — " + kind + ": " + values);
      }
    }
    return String.join("\n", lines);
  }

  /** An address relative to the context root, made absolute as Atom links should be. */
  private String absolute(String fromContextRoot) {
    return uri.getBaseUri().resolve("..").resolve(fromContextRoot.substring(1)).toString();
  }

  private static void link(XMLStreamWriter out, String rel, String type, String href, String title)
      throws XMLStreamException {
    out.writeEmptyElement("link");
    out.writeAttribute("rel", rel);
    out.writeAttribute("type", type);
    out.writeAttribute("href", href);
    if (title != null) {
      out.writeAttribute("title", title);
    }
  }

  private static void element(XMLStreamWriter out, String name, String text)
      throws XMLStreamException {
    out.writeStartElement(name);
    out.writeCharacters(text);
    out.writeEndElement();
  }
}
