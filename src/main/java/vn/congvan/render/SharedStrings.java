package vn.congvan.render;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The workbook's shared-strings table: each distinct text once, cells refer to it by index. A register
 * repeats its unit names, excerpts and progress words on every row, so the table keeps the file small,
 * and it is how spreadsheet programs store text, so that a cell can be edited in place (POI cannot
 * change an inline string).
 */
final class SharedStrings {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> texts = new ArrayList<>();
    private int references;

    /** The index of {@code text}, adding it on first use. */
    int indexOf(String text) {
        references++;
        Integer i = index.get(text);
        if (i == null) {
            i = texts.size();
            index.put(text, i);
            texts.add(text);
        }
        return i;
    }

    void writeTo(Writer out) throws IOException {
        out.write(PackageZip.XML_DECLARATION);
        out.write("<sst xmlns=\"" + XlsxPackage.MAIN_NS + "\" count=\"" + references + "\" uniqueCount=\"" + texts.size() + "\">");
        for (String text : texts) {
            out.write(SpreadsheetXml.needsPreserve(text) ? "<si><t xml:space=\"preserve\">" : "<si><t>");
            SpreadsheetXml.escape(out, text);
            out.write("</t></si>");
        }
        out.write("</sst>");
    }
}
