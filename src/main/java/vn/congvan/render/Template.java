package vn.congvan.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vladsch.flexmark.ext.yaml.front.matter.AbstractYamlFrontMatterVisitor;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;

import vn.congvan.model.Block;
import vn.congvan.model.DocumentType;
import vn.congvan.model.InputException;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Signer;
import vn.congvan.text.Messages;
import vn.congvan.text.Placeholders;
import vn.congvan.text.VietnameseText;

/**
 * A document the office writes, as a clerk edits it: Markdown with a front-matter header (type,
 * symbol, excerpt, signer, recipients, distribution) and {@code {{placeholders}}}. Filling it with
 * values gives the same {@link OfficialDocument} every writer consumes.
 *
 * <p>A placeholder alone on a line may stand for blocks (a {@link vn.congvan.model.Table}, or a list
 * of paragraphs); anywhere else it stands for text.
 */
public final class Template {
    private static final Messages MSG = Messages.of(Template.class);
    private static final Parser PARSER = Parser.builder(
            new MutableDataSet().set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create()))).build();

    private final String name;
    private final Map<String, List<String>> header;
    /** The Markdown after the front matter, parsed when the template is read. */
    private final Document body;
    private final String text;

    private Template(String name, Map<String, List<String>> header, Document body, String text) {
        this.name = name;
        this.header = header;
        this.body = body;
        this.text = text;
    }

    public static Template load(Path file) {
        String text;
        try {
            text = VietnameseText.clean(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InputException(MSG.get("template.unreadable", file, e.getMessage()), e);
        }
        return parse(file.getFileName().toString(), text);
    }

    public static Template parse(String name, String text) {
        String body = stripFrontMatter(text);
        // Only the front matter is read for the header (TemplateBody parses the body): parsing the whole text for
        // its header doubled a cold report's Markdown work. The whole text is the fallback, for a header
        // whose end this split and flexmark see differently.
        Map<String, List<String>> header = frontMatter(text.substring(0, text.length() - body.length()));
        if (header.isEmpty()) {
            header = frontMatter(text);
        }
        if (header.isEmpty()) {
            throw new InputException(MSG.get("template.noHeader", name));
        }
        return new Template(name, header, TemplateBody.parse(body), text);
    }

    private static Map<String, List<String>> frontMatter(String text) {
        Document doc = PARSER.parse(text);
        AbstractYamlFrontMatterVisitor visitor = new AbstractYamlFrontMatterVisitor();
        visitor.visit(doc);
        Map<String, List<String>> header = new java.util.LinkedHashMap<>();
        // flexmark keeps YAML quotes; a clerk quotes a value only so that "{{x}}" stays text.
        visitor.getData().forEach((k, v) -> header.put(k, v.stream().map(Template::unquote).toList()));
        return header;
    }

    /** Every placeholder the template uses, in order of first use. */
    public Set<String> placeholders() {
        return Placeholders.names(text);
    }

    /**
     * Fills the template. Values are {@code String}s, or, for a placeholder alone on a line,
     * a {@code Block} or a {@code List<Block>}.
     *
     * @throws InputException naming the first placeholder that has no value, with its line
     */
    public OfficialDocument fill(Map<String, ?> values) {
        Placeholders.requireKnown(name, text, values::containsKey);
        TemplateValues v = new TemplateValues(name, values);
        DocumentType type = DocumentType.fromTitle(v.text(one("type")))
                .orElseThrow(() -> new InputException(MSG.get("template.badType", name, one("type"))));
        String number = v.text(optional("number"));
        String symbol = v.text(one("symbol"));
        LocalDate date = v.date(one("date"));
        Signer signer = new Signer(v.texts(header.getOrDefault("signer-authority", List.of())),
                v.text(one("signer-position")), v.text(one("signer-name")));
        List<Block> blocks = new TemplateBody(name, v).blocks(body);
        return new OfficialDocument(
                blankToNull(v.text(optional("parent-issuer"))),
                v.text(one("issuer")),
                new NumberSymbol(number, symbol),
                v.text(one("place")),
                date,
                type,
                v.text(one("excerpt")),
                v.texts(header.getOrDefault("recipients", List.of())),
                blocks,
                signer,
                v.texts(header.getOrDefault("distribution", List.of())),
                null);
    }

    private String one(String key) {
        List<String> v = header.get(key);
        if (v == null || v.isEmpty()) {
            throw new InputException(MSG.get("template.missingKey", name, key));
        }
        return v.get(0);
    }

    private String optional(String key) {
        List<String> v = header.get(key);
        return v == null || v.isEmpty() ? "" : v.get(0);
    }

    private static String unquote(String s) {
        String t = s.strip();
        boolean quoted = t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"));
        return quoted ? t.substring(1, t.length() - 1) : t;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The Markdown after the closing {@code ---} of the front matter. */
    private static String stripFrontMatter(String text) {
        if (!text.startsWith("---")) {
            return text;
        }
        int end = text.indexOf("\n---", 3);
        if (end < 0) {
            return text;
        }
        int next = text.indexOf('\n', end + 4);
        return next < 0 ? "" : text.substring(next + 1);
    }

    /** Values supplied to a fill, with the conversions the header needs. */
    record TemplateValues(String template, Map<String, ?> values) {
        String text(String raw) {
            return VietnameseText.oneLine(textKeepingSpaces(raw));
        }

        /** Placeholders filled, spacing left as written (for pieces of a paragraph). */
        String textKeepingSpaces(String raw) {
            return Placeholders.fill(template, raw, values);
        }

        /** Header list entries; an entry that is only a placeholder for a list adds all of it. */
        List<String> texts(List<String> raw) {
            List<String> out = new ArrayList<>();
            for (String r : raw) {
                if (Placeholders.alone(r).map(values::get).orElse(null) instanceof List<?> list) {
                    list.forEach(item -> out.add(VietnameseText.oneLine(String.valueOf(item))));
                    continue;
                }
                String t = text(r);
                if (!t.isBlank() && !t.equals("[]")) {
                    out.add(t);
                }
            }
            return out;
        }

        LocalDate date(String raw) {
            String t = text(raw);
            try {
                return LocalDate.parse(t);
            } catch (java.time.format.DateTimeParseException e) {
                throw new InputException(MSG.get("template.badDate", template, t));
            }
        }

        Object value(String name) {
            return values.get(name);
        }
    }
}
