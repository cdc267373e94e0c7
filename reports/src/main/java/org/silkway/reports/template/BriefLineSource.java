package org.silkway.reports.template;

import java.util.Iterator;
import java.util.List;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

/** Feeds a brief's lines to the template by field name, without bean reflection. */
final class BriefLineSource implements JRDataSource {

  private final Iterator<BriefLine> lines;
  private BriefLine current;

  BriefLineSource(List<BriefLine> lines) {
    this.lines = lines.iterator();
  }

  @Override
  public boolean next() {
    current = lines.hasNext() ? lines.next() : null;
    return current != null;
  }

  @Override
  public Object getFieldValue(JRField field) {
    return current.value(field.getName());
  }
}
