package vn.congvan.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A dispatch as the ledger holds it: what identifies it, and the full text it was imported from so
 * the document can be read again without the original file.
 *
 * @param id         number/symbol, e.g. "6174/UBND-VX"
 * @param type       the document type; null when the reader could not tell
 * @param issuer     the issuing body; may be null
 * @param date       the issue date; may be null
 * @param subject    the excerpt (trích yếu); may be null
 * @param sourceName the file or mail it was imported from, as the user named it
 * @param sourceText the text of that source
 * @param importedAt when it entered the ledger
 */
public record TrackedDispatch(String id, DocumentType type, String issuer, LocalDate date, String subject,
                              String sourceName, String sourceText, Instant importedAt) {
}
