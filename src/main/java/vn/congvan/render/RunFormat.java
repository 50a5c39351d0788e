package vn.congvan.render;

/**
 * How a run of a DOCX looks once styles are resolved: the fonts for ASCII and for other Latin text
 * (Vietnamese letters with diacritics fall under "hAnsi"), the size in half-points, bold, italic and
 * all-capitals. A null font or size means nothing in the file sets it.
 */
record RunFormat(String text, String asciiFont, String hAnsiFont, Integer halfPoints, boolean bold, boolean italic,
                 boolean caps) {

    /** Size in points, or null when unset. */
    Double points() {
        return halfPoints == null ? null : halfPoints / 2.0;
    }

    boolean sizeWithin(double minPt, double maxPt) {
        return halfPoints != null && halfPoints >= minPt * 2 && halfPoints <= maxPt * 2;
    }

    /** True when both font slots name {@code family}. */
    boolean fontIs(String family) {
        return family.equalsIgnoreCase(asciiFont) && family.equalsIgnoreCase(hAnsiFont);
    }

    /** The font that is not {@code family}, for a message; null when both are. */
    String otherFont(String family) {
        if (!family.equalsIgnoreCase(asciiFont)) {
            return asciiFont;
        }
        return family.equalsIgnoreCase(hAnsiFont) ? null : hAnsiFont;
    }
}
