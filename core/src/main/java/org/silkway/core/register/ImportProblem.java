package org.silkway.core.register;

/**
 * What is wrong in an imported document, and where: {@code entry 'project/cku-railway', field
 * 'claims[2].value.amount': '8 bn' is not a number}.
 *
 * @param where the source, entry or claim, or "document"
 * @param field the path inside it
 */
public record ImportProblem(String where, String field, String message) {

  @Override
  public String toString() {
    return where + (field == null ? "" : ", field '" + field + "'") + ": " + message;
  }
}
