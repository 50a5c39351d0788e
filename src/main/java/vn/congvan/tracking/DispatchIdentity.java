package vn.congvan.tracking;

import vn.congvan.text.Abbreviations;

/**
 * What makes two dispatches the same: issuer, year and number/symbol. The issuer is compared as a
 * clerk would — "UBND thành phố Phan Thiết" and "ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT" are one body.
 */
final class DispatchIdentity {
    private DispatchIdentity() {
    }

    /** The issuer folded and its abbreviations expanded; "" when unknown. */
    static String issuerKey(String issuer) {
        return issuer == null ? "" : Abbreviations.foldExpanded(issuer);
    }
}
