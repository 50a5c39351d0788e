package vn.congvan.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A dispatch as the ledger holds it. It is identified by its issuer, its year and its number/symbol
 * (numbers restart every year, and many issuers use the same symbols); {@code key} is the ledger's own
 * key for that identity.
 *
 * @param key          the ledger's key
 * @param numberSymbol e.g. "6174/UBND-VX"
 * @param issuer       the issuing body; may be null
 * @param date         the issue date; may be null
 * @param type         the document type; null when the reader could not tell
 * @param subject      the excerpt (trích yếu); may be null
 * @param sourceName   the file or mail it was imported from, as the user named it
 * @param importedAt   when it entered the ledger
 */
public record TrackedDispatch(long key, String numberSymbol, String issuer, LocalDate date, DocumentType type,
                              String subject, String sourceName, Instant importedAt) {

    /** The year of issue, or null when the date is unknown. */
    public Integer year() {
        return date == null ? null : date.getYear();
    }

    /** How a clerk tells it from others with the same number/symbol: "6174/UBND-VX (2019)". */
    public String label() {
        return date == null ? numberSymbol : numberSymbol + " (" + date.getYear() + ")";
    }
}
