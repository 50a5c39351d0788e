package vn.congvan.render;

/**
 * The register's styles part: Times New Roman throughout (the default font too, as it sets the width
 * unit of the columns), thin borders round the table, dates as 21/08/2019, and the differential styles of
 * the colours ({@link RegisterColours}). The constants are the cell styles' indices.
 */
final class RegisterStyles {
    static final int TITLE = 1;
    static final int DISPATCH = 2;
    static final int HEADER = 3;
    static final int CELL = 4;
    static final int CENTRED = 5;
    static final int DATE = 6;
    static final int DEADLINE_AT = 7;

    private static final String FONT = "<name val=\"Times New Roman\"/><family val=\"1\"/>";
    private static final String BORDER = "<border><left style=\"thin\"><color indexed=\"64\"/></left><right style=\"thin\"><color indexed=\"64\"/></right>"
            + "<top style=\"thin\"><color indexed=\"64\"/></top><bottom style=\"thin\"><color indexed=\"64\"/></bottom><diagonal/></border>";
    /** Built once: the part is the same for every register. */
    static final String XML = PackageZip.XML_DECLARATION + "<styleSheet xmlns=\"" + XlsxPackage.MAIN_NS + "\">"
            + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/><numFmt numFmtId=\"165\" formatCode=\"hh:mm dd/mm/yyyy\"/></numFmts>"
            + "<fonts count=\"4\">"
            + "<font><sz val=\"12\"/>" + FONT + "</font>"
            + "<font><b/><sz val=\"12\"/>" + FONT + "</font>"
            + "<font><b/><sz val=\"14\"/>" + FONT + "</font>"
            + "<font><i/><sz val=\"12\"/>" + FONT + "</font>"
            + "</fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>" + BORDER + "</borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"8\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + xf(0, 2, 0, "horizontal=\"center\" vertical=\"center\"")
            + xf(0, 3, 0, "horizontal=\"center\" vertical=\"top\" wrapText=\"1\"")
            + xf(0, 1, 1, "horizontal=\"center\" vertical=\"center\" wrapText=\"1\"")
            + xf(0, 0, 1, "vertical=\"top\" wrapText=\"1\"")
            + xf(0, 0, 1, "horizontal=\"center\" vertical=\"top\" wrapText=\"1\"")
            + xf(164, 0, 1, "horizontal=\"center\" vertical=\"top\" wrapText=\"1\"")
            + xf(165, 0, 1, "horizontal=\"center\" vertical=\"top\" wrapText=\"1\"")
            + "</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + RegisterColours.differentialStyles()
            + "</styleSheet>";

    private RegisterStyles() {
    }

    private static String xf(int numFmt, int font, int border, String alignment) {
        return "<xf numFmtId=\"" + numFmt + "\" fontId=\"" + font + "\" fillId=\"0\" borderId=\"" + border + "\" xfId=\"0\""
                + (numFmt == 0 ? "" : " applyNumberFormat=\"1\"") + " applyFont=\"1\"" + (border == 0 ? "" : " applyBorder=\"1\"")
                + " applyAlignment=\"1\"><alignment " + alignment + "/></xf>";
    }
}
