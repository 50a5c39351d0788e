package vn.congvan.ingest;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.FileMagic;
import vn.congvan.model.Run;
import vn.congvan.text.VietnameseText;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Legacy Word documents (.doc, Word 97–2003) through POI HWPF. Paragraphs come in document order,
 * table cells included, so the header and footer tables flatten to lines (left cell, then right cell),
 * as in {@link DocxSource}. Each paragraph is followed by an empty line; a manual line break starts a
 * new line. Field codes, hidden and deleted text are dropped, field results kept. HWPF gives runs the
 * style of their paragraph too, so a heading's or legal basis's own bold or italic is left to its
 * role ({@link Runs#withoutRoleStyle}). A DOCX saved under the name .doc is read as the DOCX it is.
 * Line numbers count paragraphs. Text in a legacy encoding (TCVN3, VNI) is converted run by run, by the
 * run's font or the document's statistics ({@link LegacyRuns}).
 */
final class DocSource implements TextSource {
    private static final char CELL_MARK = '\u0007';
    private static final char LINE_BREAK = '\u000B';
    private static final char PAGE_BREAK = '\u000C';
    private static final char FIELD_BEGIN = '\u0013';
    private static final char FIELD_SEPARATOR = '\u0014';
    private static final char FIELD_END = '\u0015';
    private static final char NON_BREAKING_HYPHEN = '\u001E';
    private static final char OPTIONAL_HYPHEN = '\u001F';

    @Override
    public SourceText read(Path file, byte[] content) {
        FileMagic magic = FileMagic.valueOf(content);
        if (magic == FileMagic.OOXML) {
            return new DocxSource().read(file, content);
        }
        if (magic == FileMagic.RTF) {
            throw InputErrors.of("file.docRtf", InputErrors.name(file));
        }
        List<SourceLine> lines = new ArrayList<>();
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(content))) {
            Range range = doc.getRange();
            LegacyRuns legacy = new LegacyRuns();
            for (int i = 0; i < range.numCharacterRuns(); i++) {
                ReadWatchdog.stopIfAbandoned();
                CharacterRun run = range.getCharacterRun(i);
                legacy.sample(run.text(), run.getFontName());
            }
            for (int i = 0; i < range.numParagraphs(); i++) {
                ReadWatchdog.stopIfAbandoned();
                paragraph(range.getParagraph(i), i + 1, lines, legacy);
            }
        } catch (OldWordFileFormatException e) {
            throw InputErrors.of(e, "file.docOld", InputErrors.name(file));
        } catch (EncryptedDocumentException e) {
            throw InputErrors.of(e, "file.docEncrypted", InputErrors.name(file));
        } catch (IOException | RuntimeException e) {
            // HWPF reports a damaged or foreign file with several exceptions; all mean the same to the user.
            throw InputErrors.of(e, "file.doc", InputErrors.name(file));
        }
        if (lines.stream().allMatch(SourceLine::isBlank)) {
            throw InputErrors.of("file.empty", InputErrors.name(file));
        }
        return new SourceText(file, lines, true);
    }

    private static void paragraph(org.apache.poi.hwpf.usermodel.Paragraph paragraph, int number, List<SourceLine> out,
                                  LegacyRuns legacy) {
        List<List<Run>> lines = new ArrayList<>(List.of(new ArrayList<>()));
        Deque<Boolean> fields = new ArrayDeque<>(); // per open field: still in its code (true) or in its result
        for (int k = 0; k < paragraph.numCharacterRuns(); k++) {
            ReadWatchdog.stopIfAbandoned();
            CharacterRun run = paragraph.getCharacterRun(k);
            if (run.isMarkedDeleted() || run.isVanished()) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (char c : legacy.unicode(run.text(), run.getFontName()).toCharArray()) {
                switch (c) {
                    case FIELD_BEGIN -> fields.push(true);
                    case FIELD_SEPARATOR -> {
                        if (!fields.isEmpty()) {
                            fields.pop();
                            fields.push(false);
                        }
                    }
                    case FIELD_END -> {
                        if (!fields.isEmpty()) {
                            fields.pop();
                        }
                    }
                    default -> {
                        if (fields.contains(true)) {
                            break;
                        }
                        if (c == LINE_BREAK || c == PAGE_BREAK) {
                            add(lines, text, run);
                            lines.add(new ArrayList<>());
                        } else if (c == NON_BREAKING_HYPHEN) {
                            text.append('-');
                        } else if (c != OPTIONAL_HYPHEN && c != CELL_MARK && c != '\r' && (c >= ' ' || c == '\t')) {
                            text.append(c);
                        }
                    }
                }
            }
            add(lines, text, run);
        }
        for (List<Run> line : lines) {
            out.add(new SourceLine(number, Runs.withoutRoleStyle(line)));
        }
        out.add(new SourceLine(number, List.of()));
    }

    private static void add(List<List<Run>> lines, StringBuilder text, CharacterRun run) {
        if (!text.isEmpty()) {
            lines.get(lines.size() - 1).add(new Run(VietnameseText.clean(text.toString()), run.isBold(), run.isItalic()));
            text.setLength(0);
        }
    }
}
