package org.silkway.reports.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A column of two stacked fields is headed by the fields its rows fill, and only those. */
class StackedColumnTest {

  @Test
  void the_header_names_both_fields_only_when_rows_fill_both() {
    Sections.StackedColumn both = new Sections.StackedColumn("Cost", "Length");
    assertEquals("1 bn\n300 km", both.cell("1 bn", "300 km"));
    assertEquals("Cost / Length", both.header());

    Sections.StackedColumn costs = new Sections.StackedColumn("Cost", "Length");
    assertEquals("1 bn", costs.cell("1 bn", ""));
    assertEquals("", costs.cell(null, " "));
    assertEquals("Cost", costs.header());

    Sections.StackedColumn lengths = new Sections.StackedColumn("Cost", "Length");
    assertEquals("300 km", lengths.cell(null, "300 km"));
    assertEquals("Length", lengths.header());

    Sections.StackedColumn apart = new Sections.StackedColumn("Cost", "Length");
    apart.cell("1 bn", null);
    apart.cell(null, "300 km");
    assertEquals("Cost / Length", apart.header(), "filled in different rows");
  }
}
