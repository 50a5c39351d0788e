package vn.congvan.ingest;

import vn.congvan.model.DocumentType;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.Paragraph;
import vn.congvan.text.NumberLine;
import vn.congvan.text.PlaceDateLine;
import vn.congvan.text.VietnameseText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Reads the header: the two columns flattened into lines in any order (issuer first or motto first,
 * or a DOCX table's left cell then right cell), then the type and excerpt of a document other than a
 * công văn. The issuer is what stands before the number line and is nothing else.
 */
final class HeaderParser {
    /** How far down the number line may stand before we call the file something else. */
    private static final int HEADER_LINES = 40;

    private final SourceText source;
    private final List<SourceLine> lines;
    private PlaceDateLine.PlaceDate placeDate;
    private DocumentType type;
    private String subject;

    private HeaderParser(SourceText source) {
        this.source = source;
        this.lines = source.lines();
    }

    static Header parse(SourceText source) {
        return new HeaderParser(source).parse();
    }

    private Header parse() {
        int numberAt = numberLine();
        List<SourceLine> issuerLines = new ArrayList<>();
        for (int i = 0; i < numberAt; i++) {
            SourceLine line = lines.get(i);
            switch (HeaderLine.of(line.text())) {
                case OTHER -> issuerLines.add(line);
                case PLACE_DATE -> placeDate = PlaceDateLine.read(line.text()).orElseThrow();
                default -> {
                    // motto, marks and blank lines carry nothing we keep
                }
            }
        }
        if (issuerLines.isEmpty()) {
            throw InputErrors.of("document.notDispatch", InputErrors.name(source.file()));
        }
        NumberSymbol number = numberSymbol(lines.get(numberAt));
        int end = rightColumnAndTitle(numberAt + 1);
        if (placeDate == null) {
            throw InputErrors.of("document.noDate", InputErrors.name(source.file()));
        }
        IssuerNames names = IssuerNames.of(issuerLines);
        return new Header(names.parent(), names.issuer(), number, placeDate.place(), placeDate.date(),
                type == null ? DocumentType.CONG_VAN : type, subject, end);
    }

    /** The index of the number line; a file without one is either no dispatch or a dispatch without number. */
    private int numberLine() {
        boolean headerSeen = false;
        int nonBlank = 0;
        for (int i = 0; i < lines.size() && nonBlank < HEADER_LINES; i++) {
            String text = lines.get(i).text();
            HeaderLine kind = HeaderLine.of(text);
            if (kind == HeaderLine.NUMBER) {
                return i;
            }
            if (kind == HeaderLine.RECIPIENTS) {
                break;
            }
            if (kind != HeaderLine.BLANK) {
                headerSeen |= kind == HeaderLine.MOTTO || nonBlank == 0 && Lines.isUpperCase(text);
                nonBlank++;
            }
        }
        throw InputErrors.of(headerSeen ? "document.noNumber" : "document.notDispatch", InputErrors.name(source.file()));
    }

    private NumberSymbol numberSymbol(SourceLine line) {
        return NumberLine.read(line.text()).orElseThrow(
                () -> InputErrors.of("document.badNumber", InputErrors.name(source.file()), source.where(line), line.text()));
    }

    /** Reads what may follow the number line; returns the index of the first line that is not header. */
    private int rightColumnAndTitle(int from) {
        int i = from;
        while (i < lines.size()) {
            String text = lines.get(i).text();
            switch (HeaderLine.of(text)) {
                case BLANK, MOTTO, MARK -> i++;
                case PLACE_DATE -> {
                    placeDate = PlaceDateLine.read(text).orElseThrow();
                    i++;
                }
                case SUBJECT -> {
                    if (subject != null) {
                        return i;
                    }
                    i = subject(i);
                }
                case TYPE -> {
                    if (type != null || subject != null) {
                        return i;
                    }
                    i = typeAndExcerpt(i);
                }
                default -> {
                    return i;
                }
            }
        }
        return i;
    }

    /**
     * "V/v …" and its continuation lines, joined, without "V/v" and the final period. A continuation
     * typed as a paragraph of its own (Enter pressed inside a DOCX cell) still belongs to the subject
     * when the right column (motto, place and date) follows it.
     */
    private int subject(int at) {
        Matcher m = HeaderLine.SUBJECT_LINE.matcher(lines.get(at).text());
        m.matches();
        List<String> parts = new ArrayList<>(List.of(m.group(1)));
        int i = continuation(at + 1, parts);
        while (true) {
            int next = Lines.skipBlank(lines, i);
            List<String> more = new ArrayList<>();
            int after = continuation(next, more);
            if (more.isEmpty() || !rightColumnFollows(after)) {
                break;
            }
            parts.addAll(more);
            i = after;
        }
        type = DocumentType.CONG_VAN;
        subject = excerpt(parts);
        return i;
    }

    private boolean rightColumnFollows(int from) {
        int next = Lines.skipBlank(lines, from);
        if (next >= lines.size()) {
            return false;
        }
        HeaderLine kind = HeaderLine.of(lines.get(next).text());
        return kind == HeaderLine.MOTTO || kind == HeaderLine.PLACE_DATE && placeDate == null;
    }

    /**
     * The type line and the excerpt under it. In text the excerpt follows on the next lines; in a DOCX it
     * is the next paragraph.
     */
    private int typeAndExcerpt(int at) {
        type = DocumentType.fromTitle(lines.get(at).text()).orElseThrow();
        List<String> parts = new ArrayList<>();
        int i = continuation(at + 1, parts);
        if (parts.isEmpty()) {
            int next = Lines.skipBlank(lines, i);
            if (next < lines.size() && looksLikeExcerpt(lines.get(next).text())) {
                i = continuation(next, parts);
            }
        }
        subject = parts.isEmpty() ? null : excerpt(parts);
        return i;
    }

    private int continuation(int from, List<String> parts) {
        int i = from;
        while (i < lines.size() && HeaderLine.of(lines.get(i).text()) == HeaderLine.OTHER) {
            parts.add(lines.get(i).text());
            i++;
        }
        return i;
    }

    private static boolean looksLikeExcerpt(String text) {
        return HeaderLine.of(text) == HeaderLine.OTHER && Labels.roleOf(text) == Paragraph.Role.TEXT
                && !Labels.isBullet(text);
    }

    private static String excerpt(List<String> parts) {
        return VietnameseText.oneLine(Lines.join(parts).replaceAll("[\\s.]+$", ""));
    }
}
