package vn.congvan.ingest;

import vn.congvan.model.Paragraph;
import vn.congvan.model.Run;
import vn.congvan.text.StyledRuns;

import java.util.ArrayList;
import java.util.List;

/** The runs of a paragraph read over several source lines, in the canonical form of {@link StyledRuns}. */
final class Runs {
    private Runs() {
    }

    /**
     * The runs of {@code lines} as one paragraph, the lines joined by a space; the space is bold where
     * the bold runs on both sides of the line break ("**có thời gian\ngửi từ**").
     */
    static List<Run> join(List<SourceLine> lines) {
        List<Run> all = new ArrayList<>();
        for (SourceLine line : lines) {
            if (line.runs().isEmpty()) {
                continue;
            }
            if (!all.isEmpty()) {
                Run before = all.get(all.size() - 1);
                Run after = line.runs().get(0);
                all.add(new Run(" ", before.bold() && after.bold(), before.italic() && after.italic()));
            }
            all.addAll(line.runs());
        }
        return StyledRuns.normalize(all);
    }

    /**
     * The runs of a paragraph without the style its role gives it: a PDF or a .doc shows a heading
     * ("I. …") in bold and a legal basis ("Căn cứ …") in italic on every character, where the model
     * keeps that style in {@link Paragraph.Role} and only the writer applies it. A heading set wholly in
     * bold is plain text of role HEADING; one with some bold words keeps them.
     */
    static List<Run> withoutRoleStyle(List<Run> runs) {
        String text = runs.stream().map(Run::text).reduce("", String::concat);
        Paragraph.Role role = Labels.roleOf(text.strip());
        List<Run> visible = runs.stream().filter(r -> !r.text().isBlank()).toList();
        boolean allBold = !visible.isEmpty() && visible.stream().allMatch(Run::bold);
        boolean allItalic = !visible.isEmpty() && visible.stream().allMatch(Run::italic);
        boolean unbold = role == Paragraph.Role.HEADING && allBold;
        boolean unitalic = role == Paragraph.Role.LEGAL_BASIS && allItalic;
        if (!unbold && !unitalic) {
            return runs;
        }
        List<Run> plain = new ArrayList<>();
        for (Run r : runs) {
            plain.add(new Run(r.text(), r.bold() && !unbold, r.italic() && !unitalic));
        }
        return StyledRuns.normalize(plain);
    }
}
