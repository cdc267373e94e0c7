package org.silkway.core.register;

import java.util.List;
import org.silkway.core.entry.Entry;
import org.silkway.core.source.Source;

/**
 * The domain objects a valid register document describes, built and checked as an import would but
 * never stored: for tools and tests that read a register without a database.
 */
public record UnsavedRegister(List<Source> sources, List<Entry> entries) {

  /**
   * @throws InvalidRegisterException listing every problem of the document
   */
  public static UnsavedRegister of(RegisterDocument document) {
    RegisterAssembler.Assembly assembly = RegisterAssembler.assemble(document);
    return new UnsavedRegister(assembly.sources(), assembly.entries());
  }
}
