package vn.congvan.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A Word document's body read straight from its XML (StAX), for the plain documents units send back, without
 * POI's package and XMLBeans model, which made nine tenths of reading a one-page report. Only what it knows to
 * read the way POI reads it: paragraphs of runs (text, tabs, breaks, bold, italic, fonts through the styles) and
 * tables, in a package of the usual parts. Anything else (headers or footers, notes, comments, hyperlinks, fields,
 * content controls, tracked changes, pictures, numbering, capitals, a DTD, an unusual part, relationship or
 * property) gives {@link Optional#empty()}, and the caller lets POI read the file as before: so this never reads a
 * file differently from POI, and never refuses one itself. The file must have passed {@link UnpackGuard} first
 * (sizes, ratio, part count, depth).
 */
final class StreamedDocx {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String CORE = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String DCTERMS = "http://purl.org/dc/terms/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String DOCUMENT = "word/document.xml";
    private static final String CORE_PART = "docProps/core.xml";
    private static final Set<String> MAIN_TYPES = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
            "application/vnd.ms-word.document.macroEnabled.main+xml",
            "application/vnd.ms-word.template.macroEnabledTemplate.main+xml");
    /** The package's relationships this reader accepts, by type, to the one part each may point to. */
    private static final Map<String, String> PACKAGE_RELS = Map.of(
            OFFICE_RELS + "officeDocument", DOCUMENT,
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", CORE_PART,
            OFFICE_RELS + "extended-properties", "docProps/app.xml");
    /** The document's own relationships this reader accepts: parts POI parses or keeps without reading text from them. */
    private static final Map<String, String> DOCUMENT_RELS = Map.of(
            OFFICE_RELS + "styles", "word/styles.xml",
            OFFICE_RELS + "settings", "word/settings.xml",
            OFFICE_RELS + "fontTable", "word/fontTable.xml",
            OFFICE_RELS + "webSettings", "word/webSettings.xml",
            OFFICE_RELS + "theme", "word/theme/theme1.xml");
    /** Each part's root element (local name): POI's XMLBeans refuses a part whose root is another. */
    private static final Map<String, String> ROOTS = Map.ofEntries(
            Map.entry("[Content_Types].xml", "Types"), Map.entry("_rels/.rels", "Relationships"),
            Map.entry("word/_rels/document.xml.rels", "Relationships"), Map.entry(DOCUMENT, "document"),
            Map.entry(CORE_PART, "coreProperties"), Map.entry("docProps/app.xml", "Properties"),
            Map.entry("word/styles.xml", "styles"), Map.entry("word/settings.xml", "settings"),
            Map.entry("word/fontTable.xml", "fonts"), Map.entry("word/webSettings.xml", "webSettings"),
            Map.entry("word/theme/theme1.xml", "theme"));
    /** Elements that carry no text for POI and nothing this reader needs, wherever a paragraph or table may hold them. */
    private static final Set<String> MARKS = Set.of("bookmarkStart", "bookmarkEnd", "proofErr", "permStart", "permEnd");
    /** A date in core properties as Word and POI write it; POI refuses some other forms, so those go to POI. */
    private static final Pattern W3CDTF = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    private static final Pattern CONTENT_TYPE = Pattern.compile("[\\w.+-]+/[\\w.+-]+");
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(() -> {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // The JDK's own reader is reset for the next part instead of made anew (most of opening one): each is closed.
        factory.setProperty("reuse-instance", true);
        return factory;
    });

    /** Not what this reader reads: POI reads the file. */
    private static final class NotPlain extends Exception {
        NotPlain() {
            super(null, null, false, false);
        }
    }

    private StreamedDocx() {
    }

    /** The body of {@code zip}, a .docx {@link UnpackGuard} passed; empty when POI must read it. */
    static Optional<DocxBody> read(byte[] zip) {
        try {
            Map<String, byte[]> parts = parts(zip);
            checkPackage(parts);
            Map<String, String> fonts = new HashMap<>();
            Map<String, String> basedOn = new HashMap<>();
            String[] defaultFont = {null};
            if (parts.containsKey("word/styles.xml")) {
                styles(parts.get("word/styles.xml"), fonts, basedOn, defaultFont);
            }
            Styles styles = new Styles(parts.containsKey("word/styles.xml"), fonts, basedOn, defaultFont[0]);
            return Optional.of(new Body(open(parts.get(DOCUMENT)), styles).document());
        } catch (NotPlain | XMLStreamException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Map<String, byte[]> parts(byte[] zip) throws IOException, NotPlain {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (!ROOTS.containsKey(entry.getName()) || parts.put(entry.getName(), in.readAllBytes()) != null) {
                    throw new NotPlain();
                }
            }
        }
        return parts;
    }

    /** Every part well-formed with its expected root, typed, and related only as a plain document's parts are. */
    private static void checkPackage(Map<String, byte[]> parts) throws NotPlain, XMLStreamException {
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            wellFormed(part.getValue(), ROOTS.get(part.getKey()));
        }
        Map<String, String> types = contentTypes(parts.get("[Content_Types].xml"));
        for (String name : parts.keySet()) {
            if (!name.equals("[Content_Types].xml") && types.get(name) == null) {
                throw new NotPlain();
            }
        }
        if (!MAIN_TYPES.contains(types.get(DOCUMENT))) {
            throw new NotPlain();
        }
        relationships(parts, "_rels/.rels", "", PACKAGE_RELS);
        if (parts.containsKey("word/_rels/document.xml.rels")) {
            relationships(parts, "word/_rels/document.xml.rels", "word/", DOCUMENT_RELS);
        }
        if (parts.containsKey(CORE_PART)) {
            coreProperties(parts.get(CORE_PART));
        }
    }

    private static XMLStreamReader open(byte[] xml) throws XMLStreamException {
        return FACTORY.get().createXMLStreamReader(new ByteArrayInputStream(xml));
    }

    /** Moves to the root element, refusing a DTD (POI's parsers refuse one). */
    private static XMLStreamReader root(XMLStreamReader xml, String localName) throws XMLStreamException, NotPlain {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new NotPlain();
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!xml.getLocalName().equals(localName)) {
                    throw new NotPlain();
                }
                return xml;
            }
        }
        throw new NotPlain();
    }

    private static void wellFormed(byte[] part, String root) throws XMLStreamException, NotPlain {
        XMLStreamReader xml = root(open(part), root);
        while (xml.hasNext()) {
            xml.next();
        }
        xml.close();
    }

    /** Each part's content type by name (without the leading slash), from the overrides and the defaults by extension. */
    private static Map<String, String> contentTypes(byte[] part) throws XMLStreamException, NotPlain {
        Map<String, String> defaults = new HashMap<>();
        Map<String, String> overrides = new HashMap<>();
        XMLStreamReader xml = root(open(part), "Types");
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String type = xml.getAttributeValue(null, "ContentType");
            if (!TYPES.equals(xml.getNamespaceURI()) || type == null || !CONTENT_TYPE.matcher(type).matches()) {
                throw new NotPlain();
            }
            String extension = xml.getAttributeValue(null, "Extension");
            String partName = xml.getAttributeValue(null, "PartName");
            if (xml.getLocalName().equals("Default") && extension != null) {
                defaults.putIfAbsent(extension.toLowerCase(Locale.ROOT), type);
            } else if (xml.getLocalName().equals("Override") && partName != null && partName.startsWith("/")) {
                overrides.putIfAbsent(partName.substring(1), type);
            } else {
                throw new NotPlain();
            }
        }
        xml.close();
        Map<String, String> types = new HashMap<>();
        for (String name : ROOTS.keySet()) {
            String type = overrides.get(name);
            if (type == null) {
                type = defaults.get(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
            }
            if (type != null) {
                types.put(name, type);
            }
        }
        return types;
    }

    /** Internal relationships only of the accepted types, each to its one part, present; external ones (links) pass. */
    private static void relationships(Map<String, byte[]> parts, String name, String base, Map<String, String> accepted)
            throws XMLStreamException, NotPlain {
        Set<String> ids = new HashSet<>();
        Set<String> types = new HashSet<>();
        XMLStreamReader xml = root(open(parts.get(name)), "Relationships");
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String id = xml.getAttributeValue(null, "Id");
            String type = xml.getAttributeValue(null, "Type");
            String target = xml.getAttributeValue(null, "Target");
            if (!RELATIONSHIPS.equals(xml.getNamespaceURI()) || !xml.getLocalName().equals("Relationship") || id == null
                    || type == null || target == null || !ids.add(id)) {
                throw new NotPlain();
            }
            if ("External".equals(xml.getAttributeValue(null, "TargetMode"))) {
                continue;
            }
            String part = target.startsWith("/") ? target.substring(1) : base + target;
            if (!part.equals(accepted.get(type)) || !parts.containsKey(part) || !types.add(type)) {
                throw new NotPlain();
            }
        }
        xml.close();
        if (name.equals("_rels/.rels") && !types.contains(OFFICE_RELS + "officeDocument")) {
            throw new NotPlain();
        }
    }

    /**
     * The core properties as POI's checks accept them (OPC's rules M4.2 to M4.5: no markup-compatibility namespace,
     * no attributes but the W3CDTF type of the two dates) and dates in the one form POI surely reads.
     */
    private static void coreProperties(byte[] part) throws XMLStreamException, NotPlain {
        XMLStreamReader xml = root(open(part), "coreProperties");
        if (!CORE.equals(xml.getNamespaceURI()) || xml.getAttributeCount() > 0) {
            throw new NotPlain();
        }
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String ns = xml.getNamespaceURI();
            String name = xml.getLocalName();
            if (!CORE.equals(ns) && !DC.equals(ns) && !DCTERMS.equals(ns)) {
                throw new NotPlain();
            }
            boolean date = DCTERMS.equals(ns) && (name.equals("created") || name.equals("modified"));
            if (date) {
                if (xml.getAttributeCount() != 1 || !XSI.equals(xml.getAttributeNamespace(0))
                        || !xml.getAttributeLocalName(0).equals("type") || !"dcterms:W3CDTF".equals(xml.getAttributeValue(0))
                        || !"dcterms".equals(xml.getPrefix()) || !W3CDTF.matcher(xml.getElementText()).matches()) {
                    throw new NotPlain();
                }
            } else if (xml.getAttributeCount() > 0 || (CORE.equals(ns) && name.equals("lastPrinted"))) {
                throw new NotPlain();
            }
        }
        xml.close();
    }

    /** Each style's own font and the style it is based on, and the document's default font ({@link DocxRunFont}). */
    private static void styles(byte[] part, Map<String, String> fonts, Map<String, String> basedOn, String[] defaultFont)
            throws XMLStreamException, NotPlain {
        XMLStreamReader xml = root(open(part), "styles");
        int depth = 1;
        String style = null;
        boolean styleFont = false;
        boolean inDefaults = false;
        boolean seenDefaults = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (depth == 1) {
                    style = null;
                    inDefaults = false;
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            if (!W.equals(xml.getNamespaceURI())) {
                continue;
            }
            String name = xml.getLocalName();
            if (depth == 2 && name.equals("style")) {
                style = xml.getAttributeValue(W, "styleId");
                styleFont = false;
                if (style != null && fonts.containsKey(style)) {
                    style = null; // POI finds the first style of an id
                } else if (style != null) {
                    fonts.put(style, null);
                }
            } else if (depth == 2 && name.equals("docDefaults")) {
                inDefaults = !seenDefaults;
                seenDefaults = true;
            } else if (depth == 3 && style != null && name.equals("basedOn")) {
                basedOn.putIfAbsent(style, xml.getAttributeValue(W, "val"));
            } else if (depth == 3 && style != null && !styleFont && name.equals("rPr")) {
                styleFont = true;
                fonts.put(style, runFonts(xml));
                depth--;
            } else if (depth == 4 && inDefaults && name.equals("rPr")) {
                defaultFont[0] = runFonts(xml);
                inDefaults = false;
                depth--;
            }
        }
        xml.close();
    }

    /** The first rFonts of the properties the reader is at the start of: hAnsi, else ascii; reads to their end. */
    private static String runFonts(XMLStreamReader xml) throws XMLStreamException {
        String font = null;
        boolean seen = false;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth == 2 && !seen && W.equals(xml.getNamespaceURI()) && xml.getLocalName().equals("rFonts")) {
                    seen = true;
                    font = xml.getAttributeValue(W, "hAnsi");
                    if (font == null) {
                        font = xml.getAttributeValue(W, "ascii");
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return font;
    }

    /** The styles part as {@link DocxRunFont} walks it: a paragraph style's font, through the styles it is based on. */
    private record Styles(boolean present, Map<String, String> fonts, Map<String, String> basedOn, String defaultFont) {
        /** Styles based on styles: a loop in a crafted file must end (as {@link DocxRunFont} does). */
        private static final int DEPTH = 20;

        String font(String own, String paragraphStyle) {
            if (own != null || !present) {
                return own;
            }
            String id = paragraphStyle;
            for (int i = 0; i < DEPTH && id != null; i++) {
                if (!fonts.containsKey(id)) {
                    break;
                }
                String font = fonts.get(id);
                if (font != null) {
                    return font;
                }
                id = basedOn.get(id);
            }
            return defaultFont;
        }
    }

    /** The document part's body, element by element; anything it does not know ends the reading ({@link NotPlain}). */
    private static final class Body {
        /** Tables in tables deeper than this are POI's to read (or to refuse), as before. */
        private static final int MAX_TABLE_DEPTH = 32;
        private final XMLStreamReader xml;
        private final Styles styles;
        private int tableDepth;

        Body(XMLStreamReader xml, Styles styles) {
            this.xml = xml;
            this.styles = styles;
        }

        DocxBody document() throws XMLStreamException, NotPlain {
            root(xml, "document");
            if (!W.equals(xml.getNamespaceURI())) {
                throw new NotPlain();
            }
            DocxBody body = null;
            while (next() == XMLStreamConstants.START_ELEMENT) {
                if (body == null && isW("body")) {
                    body = new DocxBody(elements("body"));
                } else if (isW("background")) {
                    skip();
                } else {
                    throw new NotPlain();
                }
            }
            if (body == null) {
                throw new NotPlain();
            }
            xml.close();
            return body;
        }

        /** The paragraphs and tables up to the end of the element the reader is in (a body or a cell). */
        private List<DocxBody.Element> elements(String container) throws XMLStreamException, NotPlain {
            List<DocxBody.Element> elements = new ArrayList<>();
            while (next() == XMLStreamConstants.START_ELEMENT) {
                ReadWatchdog.stopIfAbandoned();
                if (isW("p")) {
                    elements.add(paragraph());
                } else if (isW("tbl")) {
                    elements.add(table());
                } else if (isMark() || (container.equals("body") && isW("sectPr")) || (container.equals("tc") && isW("tcPr"))) {
                    skip();
                } else {
                    throw new NotPlain();
                }
            }
            return elements;
        }

        private DocxBody.Paragraph paragraph() throws XMLStreamException, NotPlain {
            String style = null;
            boolean properties = false;
            List<DocxBody.Run> runs = new ArrayList<>();
            List<RunStart> pending = new ArrayList<>();
            while (next() == XMLStreamConstants.START_ELEMENT) {
                if (isW("pPr") && !properties) {
                    properties = true; // POI takes the first
                    style = paragraphStyle();
                } else if (isW("pPr")) {
                    skip();
                } else if (isW("r")) {
                    pending.add(run());
                } else if (isMark()) {
                    skip();
                } else {
                    throw new NotPlain();
                }
            }
            for (RunStart run : pending) {
                runs.add(new DocxBody.Run(run.text(), run.bold(), run.italic(), styles.font(run.font(), style)));
            }
            return new DocxBody.Paragraph(runs);
        }

        /** A run as read, its font not yet resolved (the paragraph's style may come after it in a crafted file). */
        private record RunStart(String text, boolean bold, boolean italic, String font) {
        }

        /** The paragraph's style (its first pStyle, as POI takes it). */
        private String paragraphStyle() throws XMLStreamException, NotPlain {
            String style = null;
            boolean seen = false;
            while (next() == XMLStreamConstants.START_ELEMENT) {
                if (!seen && isW("pStyle")) {
                    seen = true;
                    style = xml.getAttributeValue(W, "val");
                    skip();
                } else {
                    skip(); // its section properties may name headers or footers: skip() refuses those
                }
            }
            return style;
        }

        private RunStart run() throws XMLStreamException, NotPlain {
            StringBuilder text = new StringBuilder();
            Boolean bold = null;
            Boolean italic = null;
            String font = null;
            boolean properties = false;
            while (next() == XMLStreamConstants.START_ELEMENT) {
                if (!isW(xml.getLocalName())) {
                    throw new NotPlain();
                }
                switch (xml.getLocalName()) {
                    case "rPr" -> {
                        if (properties) {
                            skip();
                            continue;
                        }
                        properties = true;
                        boolean[] seen = new boolean[3];
                        while (next() == XMLStreamConstants.START_ELEMENT) {
                            String name = W.equals(xml.getNamespaceURI()) ? xml.getLocalName() : "";
                            if ((name.equals("caps") || name.equals("smallCaps")) && onOff()) {
                                throw new NotPlain(); // POI writes such a run in capitals
                            } else if (name.equals("b") && !seen[0]) {
                                seen[0] = true;
                                bold = onOff();
                            } else if (name.equals("i") && !seen[1]) {
                                seen[1] = true;
                                italic = onOff();
                            } else if (name.equals("rFonts") && !seen[2]) {
                                seen[2] = true;
                                font = xml.getAttributeValue(W, "hAnsi");
                                if (font == null) {
                                    font = xml.getAttributeValue(W, "ascii");
                                }
                            }
                            skip();
                        }
                    }
                    case "t" -> text.append(textOnly());
                    case "tab" -> {
                        text.append('\t');
                        skip();
                    }
                    case "br", "cr" -> {
                        text.append('\n');
                        skip();
                    }
                    case "noBreakHyphen" -> {
                        text.append('\u2011');
                        skip();
                    }
                    case "softHyphen", "lastRenderedPageBreak" -> skip();
                    default -> throw new NotPlain();
                }
            }
            return new RunStart(text.toString(), Boolean.TRUE.equals(bold), Boolean.TRUE.equals(italic), font);
        }

        /** A toggle's value: on without a value; the values POI's {@code STOnOff} knows, anything else to POI. */
        private boolean onOff() throws NotPlain {
            String value = xml.getAttributeValue(W, "val");
            if (value == null) {
                return true;
            }
            return switch (value) {
                case "true", "1", "on" -> true;
                case "false", "0", "off" -> false;
                default -> throw new NotPlain();
            };
        }

        private String textOnly() throws XMLStreamException, NotPlain {
            StringBuilder text = new StringBuilder();
            int event;
            while ((event = xml.next()) != XMLStreamConstants.END_ELEMENT) {
                switch (event) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text.append(xml.getText());
                    case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                    }
                    default -> throw new NotPlain();
                }
            }
            return text.toString();
        }

        private DocxBody.Table table() throws XMLStreamException, NotPlain {
            if (++tableDepth > MAX_TABLE_DEPTH) {
                throw new NotPlain();
            }
            List<List<DocxBody.Cell>> rows = new ArrayList<>();
            while (next() == XMLStreamConstants.START_ELEMENT) {
                if (isW("tr")) {
                    rows.add(row());
                } else if (isW("tblPr") || isW("tblGrid") || isMark()) {
                    skip();
                } else {
                    throw new NotPlain();
                }
            }
            tableDepth--;
            return new DocxBody.Table(rows);
        }

        private List<DocxBody.Cell> row() throws XMLStreamException, NotPlain {
            List<DocxBody.Cell> cells = new ArrayList<>();
            while (next() == XMLStreamConstants.START_ELEMENT) {
                if (isW("tc")) {
                    cells.add(new DocxBody.Cell(elements("tc")));
                } else if (isW("trPr") || isW("tblPrEx") || isMark()) {
                    skip();
                } else {
                    throw new NotPlain();
                }
            }
            return cells;
        }

        /**
         * The next element's start, or the end of the one the reader is in (text between elements is layout);
         * a header or footer named anywhere is POI's to read.
         */
        private int next() throws XMLStreamException, NotPlain {
            while (true) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
                    return event;
                }
                if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw new NotPlain();
                }
            }
        }

        /** Past the end of the element the reader is at the start of, refusing headers and footers inside it. */
        private void skip() throws XMLStreamException, NotPlain {
            int depth = 1;
            while (depth > 0) {
                int event = next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = xml.getLocalName();
                    if (name.equals("headerReference") || name.equals("footerReference")) {
                        throw new NotPlain();
                    }
                } else {
                    depth--;
                }
            }
        }

        private boolean isW(String localName) {
            return W.equals(xml.getNamespaceURI()) && xml.getLocalName().equals(localName);
        }

        private boolean isMark() {
            return W.equals(xml.getNamespaceURI()) && MARKS.contains(xml.getLocalName());
        }
    }
}
