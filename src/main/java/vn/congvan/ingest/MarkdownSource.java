package vn.congvan.ingest;

import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import vn.congvan.model.Run;
import vn.congvan.text.LegacyGuess;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown and plain text (.md, .txt). Dispatches typed as text use Markdown only for bold, so flexmark
 * runs with every block parser off: lines stay lines ("1. …" is text, not a list), and only the inline
 * syntax (bold, italic, escapes) is read. Line numbers are those of the file.
 */
final class MarkdownSource implements TextSource {
    private static final Parser PARSER = Parser.builder(inlineOnly()).build();
    /** "**" that flexmark left as text (unmatched, e.g. bold over a blank line), not escaped. */
    private static final Pattern STRAY_BOLD_MARKER = Pattern.compile("(?<!\\\\)\\*\\*");

    @Override
    public SourceText read(Path file, byte[] content) {
        String decoded = Utf8Text.decode(file, content);
        // Text pasted from a TCVN3 or VNI document keeps its legacy letters ("Uû ban nh©n d©n").
        String text = LegacyGuess.of(decoded).map(encoding -> encoding.decodeWithoutFont(decoded)).orElse(decoded);
        if (text.isBlank()) {
            throw InputErrors.of("file.empty", InputErrors.name(file));
        }
        Document document = PARSER.parse(text);
        LineCollector lines = new LineCollector(text);
        lines.visit(document, false, false);
        return new SourceText(file, lines.result(), false);
    }

    private static MutableDataSet inlineOnly() {
        MutableDataSet options = new MutableDataSet();
        for (var parser : List.of(Parser.BLOCK_QUOTE_PARSER, Parser.FENCED_CODE_BLOCK_PARSER, Parser.HEADING_PARSER,
                Parser.HTML_BLOCK_PARSER, Parser.INDENTED_CODE_BLOCK_PARSER, Parser.LIST_BLOCK_PARSER,
                Parser.THEMATIC_BREAK_PARSER, Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR)) {
            options.set(parser, false);
        }
        return options;
    }

    /**
     * Puts each inline piece on the line where it starts in the file. Line numbers come from a table of
     * line starts searched by halves: flexmark's own {@code getLineNumber} counts from the top on every
     * call, which made a 300 KB text take tens of seconds.
     */
    private static final class LineCollector {
        private final int[] lineStarts;
        private final List<List<Run>> runs = new ArrayList<>();

        LineCollector(String text) {
            this.lineStarts = lineStarts(text);
            for (int i = 0; i < lineStarts.length; i++) {
                runs.add(new ArrayList<>());
            }
        }

        void visit(Node node, boolean bold, boolean italic) {
            if (node instanceof StrongEmphasis) {
                children(node, true, italic);
            } else if (node instanceof Emphasis) {
                children(node, bold, true);
            } else if (node instanceof Text) {
                // A "**" left unmatched (bold over a blank line) is a marker, never text.
                String raw = STRAY_BOLD_MARKER.matcher(node.getChars()).replaceAll("");
                add(node, BasedSequence.of(raw).unescape(), bold, italic);
            } else if (node instanceof HtmlEntity) {
                add(node, node.getChars().unescape(), bold, italic);
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                // Line numbers come from offsets; a break adds nothing.
            } else if (node instanceof Block || node instanceof Document) {
                children(node, bold, italic);
            } else {
                // Links, code spans, inline HTML: keep what was written rather than lose it.
                add(node, node.getChars().toString(), bold, italic);
            }
        }

        private void children(Node node, boolean bold, boolean italic) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                visit(child, bold, italic);
            }
        }

        private void add(Node node, String text, boolean bold, boolean italic) {
            int line = lineOf(node.getStartOffset());
            String[] parts = text.split("\n", -1);
            for (int i = 0; i < parts.length; i++) {
                if (!parts[i].isEmpty() && line + i < runs.size()) {
                    runs.get(line + i).add(new Run(parts[i], bold, italic));
                }
            }
        }

        /** The 0-based line holding {@code offset}. */
        private int lineOf(int offset) {
            int found = Arrays.binarySearch(lineStarts, offset);
            return found >= 0 ? found : -found - 2;
        }

        private static int[] lineStarts(String text) {
            int[] starts = new int[(int) text.chars().filter(c -> c == '\n').count() + 1];
            int line = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[line++] = i + 1;
                }
            }
            return starts;
        }

        List<SourceLine> result() {
            List<SourceLine> lines = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                lines.add(new SourceLine(i + 1, runs.get(i)));
            }
            return lines;
        }
    }
}
