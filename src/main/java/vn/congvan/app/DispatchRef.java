package vn.congvan.app;

/**
 * A dispatch as a clerk names it: "6174/UBND-VX", "6174 /UBND-VX" or just "6174", and where that is
 * not enough (numbers restart every year; issuers share symbols) also its year or issuer.
 *
 * @param written as typed
 * @param year    the year of issue, or null
 * @param issuer  (part of) the issuer's name as typed, compared without regard to diacritics and case; or null
 */
public record DispatchRef(String written, Integer year, String issuer) {
    public static DispatchRef of(String written) {
        return new DispatchRef(written, null, null);
    }

    /** The very dispatch the ledger holds (its number/symbol, year and issuer), as the window picks it. */
    public static DispatchRef of(vn.congvan.model.TrackedDispatch d) {
        return new DispatchRef(d.numberSymbol(), d.year(), d.issuer());
    }
}
