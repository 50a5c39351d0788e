package vn.congvan.render;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An XLSX package written straight to a stream: the worksheets as they are made, then the shared
 * strings, the styles, the workbook with its sheets and defined names, and the relationships. What a
 * register needs and no more; no temporary files, and the caller's stream is left open.
 */
final class XlsxPackage implements AutoCloseable {
    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    private final ZipOutputStream zip;
    private final Writer out;
    private final SharedStrings strings = new SharedStrings();
    private final List<String> sheetNames = new ArrayList<>();
    private final StringBuilder definedNames = new StringBuilder();

    XlsxPackage(OutputStream target) {
        zip = PackageZip.open(target);
        out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
    }

    SharedStrings strings() {
        return strings;
    }

    /** Starts the next worksheet's part; write it whole through the returned writer before the next part. */
    Writer beginSheet(String name) throws IOException {
        sheetNames.add(name);
        part("xl/worksheets/sheet" + sheetNames.size() + ".xml");
        return out;
    }

    /** Rows {@code firstRow}..{@code lastRow} (zero-based) of the sheet at {@code sheet} repeat on every printed page. */
    void printTitles(int sheet, int firstRow, int lastRow) {
        definedName("_xlnm.Print_Titles", sheet, false, quoted(sheetNames.get(sheet)) + "!$" + (firstRow + 1) + ":$" + (lastRow + 1));
    }

    /** The range an auto-filter of the sheet at {@code sheet} covers, as spreadsheet programs record it. */
    void filterRange(int sheet, int firstRow, int firstColumn, int lastRow, int lastColumn) {
        definedName("_xlnm._FilterDatabase", sheet, true, quoted(sheetNames.get(sheet)) + "!$" + SpreadsheetXml.column(firstColumn)
                + "$" + (firstRow + 1) + ":$" + SpreadsheetXml.column(lastColumn) + "$" + (lastRow + 1));
    }

    private void definedName(String name, int sheet, boolean hidden, String refersTo) {
        definedNames.append("<definedName name=\"").append(name).append("\" localSheetId=\"").append(sheet).append('"')
                .append(hidden ? " hidden=\"1\">" : ">").append(SpreadsheetXml.escaped(refersTo)).append("</definedName>");
    }

    /** Writes the parts that follow the worksheets and ends the zip. */
    void finish(String stylesXml) throws IOException {
        part("xl/sharedStrings.xml");
        strings.writeTo(out);
        part("xl/styles.xml");
        out.write(stylesXml);
        part("xl/workbook.xml");
        workbook();
        part("xl/_rels/workbook.xml.rels");
        workbookRelationships();
        part("_rels/.rels");
        out.write(PackageZip.XML_DECLARATION + "<Relationships xmlns=\"" + PACKAGE_REL_NS + "\"><Relationship Id=\"rId1\" Type=\"" + REL_NS
                + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        part("[Content_Types].xml");
        contentTypes();
        out.flush();
        zip.finish();
    }

    private void part(String name) throws IOException {
        out.flush();
        zip.putNextEntry(new ZipEntry(name));
    }

    private void workbook() throws IOException {
        out.write(PackageZip.XML_DECLARATION + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">"
                + "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (int i = 0; i < sheetNames.size(); i++) {
            out.write("<sheet name=\"");
            SpreadsheetXml.escape(out, sheetNames.get(i));
            out.write("\" sheetId=\"" + (i + 1) + "\" r:id=\"rId" + (i + 1) + "\"/>");
        }
        out.write("</sheets>");
        if (definedNames.length() > 0) {
            out.write("<definedNames>");
            out.write(definedNames.toString());
            out.write("</definedNames>");
        }
        out.write("</workbook>");
    }

    private void workbookRelationships() throws IOException {
        out.write(PackageZip.XML_DECLARATION + "<Relationships xmlns=\"" + PACKAGE_REL_NS + "\">");
        int n = sheetNames.size();
        for (int i = 1; i <= n; i++) {
            out.write("<Relationship Id=\"rId" + i + "\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet" + i + ".xml\"/>");
        }
        out.write("<Relationship Id=\"rId" + (n + 1) + "\" Type=\"" + REL_NS + "/styles\" Target=\"styles.xml\"/>");
        out.write("<Relationship Id=\"rId" + (n + 2) + "\" Type=\"" + REL_NS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        out.write("</Relationships>");
    }

    private void contentTypes() throws IOException {
        out.write(PackageZip.XML_DECLARATION + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + CONTENT_TYPE + "sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + CONTENT_TYPE + "styles+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + CONTENT_TYPE + "sharedStrings+xml\"/>");
        for (int i = 1; i <= sheetNames.size(); i++) {
            out.write("<Override PartName=\"/xl/worksheets/sheet" + i + ".xml\" ContentType=\"" + CONTENT_TYPE + "worksheet+xml\"/>");
        }
        out.write("</Types>");
    }

    private static String quoted(String sheetName) {
        return "'" + sheetName.replace("'", "''") + "'";
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
