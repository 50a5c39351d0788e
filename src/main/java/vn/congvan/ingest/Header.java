package vn.congvan.ingest;

import vn.congvan.model.DocumentType;
import vn.congvan.model.NumberSymbol;

import java.time.LocalDate;

/** Positions 1–5 as read, and the index of the first line after them. */
record Header(String parentIssuer, String issuer, NumberSymbol numberSymbol, String place, LocalDate date,
              DocumentType type, String subject, int end) {
}
