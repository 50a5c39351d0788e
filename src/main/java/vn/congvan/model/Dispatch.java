package vn.congvan.model;

import java.util.List;

/** A document analysed for tracking: what it asks, by when, of whom, citing what. */
public record Dispatch(OfficialDocument document, List<Requirement> requirements, List<Reference> references) {
    public Dispatch {
        requirements = List.copyOf(requirements);
        references = List.copyOf(references);
    }

    /** Its number/symbol as written, e.g. "6174/UBND-VX" (with the issuer and year it identifies the dispatch). */
    public String id() {
        return document.numberSymbol().text();
    }
}
