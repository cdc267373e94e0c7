package org.silkway.core.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Loads the seed dataset (the facts of the five source articles, {@code seed/register.json}) into
 * an empty register on first start, through the same importer as any import. On every later start
 * the register is not empty and nothing happens, so nothing is ever duplicated; of servers starting
 * together on one empty database, the one that takes the import lock first loads it.
 */
@ApplicationScoped
public class SeedLoader {

  public static final String SEED = "seed/register.json";
  public static final String EDITOR = "seed";
  private static final Logger LOG = Logger.getLogger(SeedLoader.class.getName());

  private RegisterImporter importer;

  protected SeedLoader() {}

  @Inject
  public SeedLoader(RegisterImporter importer) {
    this.importer = importer;
  }

  /** Imports the seed when the register is empty; returns what was stored, or empty. */
  public Optional<RegisterImporter.ImportResult> loadIfEmpty() {
    if (!importer.isEmpty()) {
      LOG.info("Register is not empty: seed dataset not loaded");
      return Optional.empty();
    }
    RegisterImporter.ImportResult result;
    try {
      result = importer.importSeedIntoEmptyRegister();
    } catch (RegisterNotEmptyException e) {
      // Another server on the same database took the import lock first and loaded it (or is
      // loading it): nodes of a cluster starting together seed once, and this one starts as well.
      LOG.info("Register filled by another server meanwhile: seed dataset not loaded");
      return Optional.empty();
    }
    LOG.info(() -> "Seed dataset loaded: " + result);
    return Optional.of(result);
  }

  /** The seed document, read from the class path. */
  public static RegisterDocument seed() {
    try (InputStream json = SeedLoader.class.getClassLoader().getResourceAsStream(SEED)) {
      if (json == null) {
        throw new IllegalStateException(
            "The seed dataset " + SEED + " is missing from the class path");
      }
      return RegisterJsonReader.read(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
