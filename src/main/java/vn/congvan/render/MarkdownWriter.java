package vn.congvan.render;

import vn.congvan.model.Block;
import vn.congvan.model.DocumentType;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Run;
import vn.congvan.model.Signer;
import vn.congvan.model.Table;
import vn.congvan.text.VietnameseDates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes an {@link OfficialDocument} as text in the layout of a dispatch typed by hand (the seed's):
 * header lines, "Số:", "V/v" or type and excerpt, place and date, "Kính gửi", body, "Nơi nhận",
 * signature block. Bold is Markdown {@code **…**}, so the document reader gives back an equal model.
 * A parent issuer is written regular and the issuer bold, as Decree 30 sets them, which is also how
 * the reader tells them apart.
 */
public final class MarkdownWriter {
    private static final String MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private static final String SLOGAN = "Độc lập – Tự do – Hạnh phúc";
    /** Where the number of a draft will be written by hand (LAYOUT.md). */
    private static final String DRAFT_NUMBER = "      ";
    private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("([\\\\*_`<\\[\\]])");
    private static final Pattern ENTITY_LIKE = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");

    public String write(OfficialDocument document) {
        List<String> blocks = new ArrayList<>();
        blocks.add(issuer(document));
        blocks.add(bold(List.of(MOTTO, SLOGAN)));
        blocks.add(numberAndSubject(document));
        if (document.date() != null) {
            blocks.add(escape(document.place() + ", " + VietnameseDates.formatLong(document.date())));
        }
        if (document.type() != null && document.type() != DocumentType.CONG_VAN) {
            blocks.add(document.subject() == null ? bold(List.of(document.type().title()))
                    : bold(List.of(document.type().title(), document.subject())));
        }
        recipients(document.recipients(), blocks);
        for (Block block : document.body()) {
            blocks.add(block instanceof Paragraph p ? runs(p.runs()) : table((Table) block));
        }
        if (!document.distribution().isEmpty()) {
            blocks.add("Nơi nhận:");
            blocks.add(dashList(document.distribution()));
        }
        if (document.signer() != null) {
            signature(document.signer(), blocks);
        }
        return String.join("\n\n", blocks.stream().filter(b -> !b.isEmpty()).toList()) + "\n";
    }

    private static String issuer(OfficialDocument document) {
        String issuer = bold(List.of(document.issuer()));
        return document.parentIssuer() == null ? issuer : escape(document.parentIssuer()) + "\n" + issuer;
    }

    private static String numberAndSubject(OfficialDocument document) {
        List<String> lines = new ArrayList<>();
        if (document.numberSymbol() != null) {
            String number = document.numberSymbol().number().isEmpty() ? DRAFT_NUMBER : document.numberSymbol().number();
            lines.add(escape("Số: " + number + "/" + document.numberSymbol().symbol()));
        }
        if (document.type() == DocumentType.CONG_VAN && document.subject() != null) {
            lines.add("V/v " + escape(document.subject()));
        }
        return String.join("\n", lines);
    }

    /** One recipient on the Kính gửi line; several as a "- X;" list, the last ending with ".". */
    private static void recipients(List<String> recipients, List<String> blocks) {
        if (recipients.size() == 1) {
            blocks.add("Kính gửi: " + escape(recipients.get(0)) + ".");
        } else if (recipients.size() > 1) {
            blocks.add("Kính gửi:");
            blocks.add(dashList(recipients));
        }
    }

    private static String dashList(List<String> entries) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            lines.add("- " + escape(entries.get(i)) + (i == entries.size() - 1 ? "." : ";"));
        }
        return String.join("\n", lines);
    }

    private static void signature(Signer signer, List<String> blocks) {
        List<String> capitals = new ArrayList<>(signer.authorityLines());
        if (signer.position() != null) {
            capitals.add(signer.position());
        }
        if (!capitals.isEmpty()) {
            blocks.add(bold(capitals));
        }
        blocks.add(escape(signer.name()));
    }

    /** Lines in one bold span, as the seed writes its header and signature. */
    private static String bold(List<String> lines) {
        return "**" + String.join("\n", lines.stream().map(MarkdownWriter::escape).toList()) + "**";
    }

    /** Runs with their styles; spaces at a run's edge go outside the markers, where Markdown wants them. */
    private static String runs(List<Run> runs) {
        StringBuilder out = new StringBuilder();
        for (Run run : runs) {
            String marker = run.bold() && run.italic() ? "***" : run.bold() ? "**" : run.italic() ? "*" : "";
            String text = run.text();
            String core = text.strip();
            if (marker.isEmpty() || core.isEmpty()) {
                out.append(escape(text));
                continue;
            }
            int lead = text.length() - text.stripLeading().length();
            out.append(text, 0, lead).append(marker).append(escape(core)).append(marker);
            out.append(text.substring(lead + core.length()));
        }
        return out.toString();
    }

    /** A table as a pipe table, header row first (the reader takes it back as text, not as a table). */
    private static String table(Table table) {
        List<String> lines = new ArrayList<>();
        lines.add(row(table.header()));
        lines.add(row(table.header().stream().map(h -> "---").toList()));
        table.rows().forEach(r -> lines.add(row(r)));
        return String.join("\n", lines);
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells.stream().map(c -> escape(c).replace("|", "\\|")).toList()) + " |";
    }

    /** Backslash-escapes what Markdown would read as markup, so text comes back as written. */
    static String escape(String text) {
        String escaped = MARKDOWN_SPECIAL.matcher(text).replaceAll("\\\\$1");
        return ENTITY_LIKE.matcher(escaped).replaceAll("\\\\&");
    }
}
