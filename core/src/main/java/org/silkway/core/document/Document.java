package org.silkway.core.document;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Map;
import org.hibernate.envers.Audited;
import org.silkway.core.entry.Entry;
import org.silkway.core.entry.EntryType;
import org.silkway.core.i18n.LocalizedName;

/**
 * A document signed or announced: the Xi'an Declaration, the treaty on eternal
 * good-neighbourliness. Its parties, date and status are claims.
 */
@Entity
@Audited
@DiscriminatorValue("DOCUMENT")
public class Document extends Entry {

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 40)
  private DocumentType documentType;

  protected Document() {}

  public Document(String key, LocalizedName name, DocumentType documentType) {
    super(key, name);
    if (documentType == null) {
      throw new IllegalArgumentException("A document needs a documentType");
    }
    this.documentType = documentType;
  }

  @Override
  public EntryType type() {
    return EntryType.DOCUMENT;
  }

  @Override
  public Map<String, String> attributes() {
    Map<String, String> attributes = super.attributes();
    attributes.put("documentType", documentType.name());
    return attributes;
  }

  public DocumentType documentType() {
    return documentType;
  }

  @Override
  protected void checkAttributes(Map<String, String> attributes) {
    attribute(DocumentType.class, attributes, "documentType");
  }

  @Override
  protected void applyAttributes(Map<String, String> attributes) {
    documentType = attribute(DocumentType.class, attributes, "documentType");
  }
}
