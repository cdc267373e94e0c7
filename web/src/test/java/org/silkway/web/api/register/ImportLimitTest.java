package org.silkway.web.api.register;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.silkway.core.register.RegisterDocument;
import org.silkway.core.register.RegisterJsonReader;
import org.silkway.core.register.RegisterJsonWriter;
import org.silkway.core.register.SyntheticRegister;

/**
 * A register comes back from its own export: the import's default limit takes an export larger than
 * the old 20 MB limit, and the document reads back whole, passes every import rule and writes the
 * same bytes again. (Storing an imported register is {@code SyntheticRegisterTest}'s, on both
 * databases; this is about size.)
 */
class ImportLimitTest {

  private static final long OLD_LIMIT = 20L * 1024 * 1024;

  @Test
  void an_export_larger_than_the_old_limit_is_within_the_import_limit_and_reads_back_whole() {
    RegisterDocument register = SyntheticRegister.of(2_000, 750);
    byte[] export = json(register);

    long limit = Long.parseLong(ImportResource.DEFAULT_MAX_BYTES);
    System.out.println(
        "[import] synthetic export of "
            + register.entries().size()
            + " entries: "
            + export.length
            + " bytes");
    assertTrue(export.length > OLD_LIMIT, "only " + export.length + " bytes");
    assertTrue(export.length <= limit, export.length + " bytes, over the limit of " + limit);

    RegisterDocument imported = RegisterJsonReader.read(new ByteArrayInputStream(export));
    assertArrayEquals(export, json(imported));
  }

  private static byte[] json(RegisterDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RegisterJsonWriter.write(document, out);
    return out.toByteArray();
  }
}
