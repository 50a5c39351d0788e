package vn.congvan.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import vn.congvan.model.Block;
import vn.congvan.model.InputException;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Run;
import vn.congvan.text.Messages;
import vn.congvan.text.Placeholders;
import vn.congvan.text.StyledRuns;

/** The Markdown body of a template turned into blocks, placeholders filled. */
final class TemplateBody {
    private static final Messages MSG = Messages.of(TemplateBody.class);
    private static final Parser PARSER = Parser.builder().build();
    private static final Pattern HEADING = Pattern.compile("^(?:[IVXLC]+)\\.\\s");
    private static final Pattern ITEM = Pattern.compile("^\\d+(?:\\.\\d+)*\\.\\s");
    private static final Pattern SUB_ITEM = Pattern.compile("^[a-zđ]\\)\\s");
    private static final Pattern LEGAL_BASIS = Pattern.compile("^Căn cứ\\s");

    private final String template;
    private final Template.TemplateValues values;

    TemplateBody(String template, Template.TemplateValues values) {
        this.template = template;
        this.values = values;
    }

    /**
     * The body's Markdown parsed, placeholders left as they are: done once when the template is read, so that
     * the parse can happen before the values are known (and on another thread than the filling).
     */
    static Document parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** The blocks of a body {@link #parse parsed} before, placeholders filled. */
    List<Block> blocks(Document body) {
        List<Block> out = new ArrayList<>();
        for (Node node : body.getChildren()) {
            if (node instanceof com.vladsch.flexmark.ast.Paragraph p) {
                paragraph(p, out);
            } else if (node instanceof com.vladsch.flexmark.ast.ListBlock list) {
                for (Node item : list.getChildren()) {
                    String label = item instanceof OrderedListItem o ? o.getOpeningMarker() + " " : "- ";
                    for (Node child : item.getChildren()) {
                        if (child instanceof com.vladsch.flexmark.ast.Paragraph p) {
                            List<Run> runs = new ArrayList<>();
                            runs.add(Run.plain(label));
                            runs.addAll(runs(p, false, false));
                            out.add(new Paragraph(StyledRuns.normalize(runs), Paragraph.Role.ITEM));
                        }
                    }
                }
            } else if (node instanceof com.vladsch.flexmark.ast.Heading h) {
                out.add(new Paragraph(StyledRuns.normalize(runs(h, true, false)), Paragraph.Role.HEADING));
            }
        }
        return out;
    }

    private void paragraph(com.vladsch.flexmark.ast.Paragraph p, List<Block> out) {
        String raw = p.getChars().toString().strip();
        Optional<String> alone = Placeholders.alone(raw);
        if (alone.isPresent() && !(values.value(alone.get()) instanceof String)) {
            Object v = values.value(alone.get());
            if (v instanceof Block b) {
                out.add(b);
            } else if (v instanceof List<?> list && list.stream().allMatch(Block.class::isInstance)) {
                list.forEach(b -> out.add((Block) b));
            } else {
                throw new InputException(MSG.get("template.notBlock", template, alone.get()));
            }
            return;
        }
        List<Run> runs = StyledRuns.normalize(runs(p, false, false));
        String text = runs.stream().map(Run::text).reduce("", String::concat);
        if (text.isBlank()) {
            return;
        }
        out.add(new Paragraph(runs, roleOf(text)));
    }

    private static Paragraph.Role roleOf(String text) {
        if (HEADING.matcher(text).find()) {
            return Paragraph.Role.HEADING;
        }
        if (ITEM.matcher(text).find()) {
            return Paragraph.Role.ITEM;
        }
        if (SUB_ITEM.matcher(text).find()) {
            return Paragraph.Role.SUB_ITEM;
        }
        if (LEGAL_BASIS.matcher(text).find()) {
            return Paragraph.Role.LEGAL_BASIS;
        }
        return Paragraph.Role.TEXT;
    }

    /** Text runs under {@code node}, styles inherited from Markdown emphasis, placeholders filled. */
    private List<Run> runs(Node node, boolean bold, boolean italic) {
        List<Run> out = new ArrayList<>();
        for (Node child : node.getChildren()) {
            if (child instanceof StrongEmphasis) {
                out.addAll(runs(child, true, italic));
            } else if (child instanceof Emphasis) {
                out.addAll(runs(child, bold, true));
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                out.add(new Run(" ", bold, italic));
            } else if (child instanceof Text) {
                out.add(new Run(values.textKeepingSpaces(child.getChars().toString()), bold, italic));
            } else if (child.hasChildren()) {
                out.addAll(runs(child, bold, italic));
            } else {
                out.add(new Run(values.textKeepingSpaces(child.getChars().toString()), bold, italic));
            }
        }
        return out;
    }
}
