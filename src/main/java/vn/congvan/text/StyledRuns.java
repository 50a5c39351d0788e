package vn.congvan.text;

import java.util.ArrayList;
import java.util.List;

import vn.congvan.model.Run;

/** Styled runs of a paragraph, as every reader and template leaves them. */
public final class StyledRuns {
    private StyledRuns() {
    }

    /**
     * Runs in one canonical form, so that the same text read from Markdown, DOCX or a template gives
     * equal paragraphs: single spaces, spaces at the edge of a bold or italic run moved outside it,
     * neighbours of one style merged, no empty runs, no space at either end.
     */
    public static List<Run> normalize(List<Run> runs) {
        List<Run> spaced = new ArrayList<>();
        for (Run run : merge(runs)) {
            String text = run.text().replaceAll("\\s+", " ");
            if (!run.bold() && !run.italic()) {
                spaced.add(Run.plain(text));
                continue;
            }
            String core = text.strip();
            if (core.isEmpty()) {
                spaced.add(Run.plain(text));
                continue;
            }
            if (text.startsWith(" ")) {
                spaced.add(Run.plain(" "));
            }
            spaced.add(new Run(core, run.bold(), run.italic()));
            if (text.endsWith(" ")) {
                spaced.add(Run.plain(" "));
            }
        }
        List<Run> dropped = new ArrayList<>();
        boolean spaceBefore = true; // drops leading spaces and doubles across runs
        for (Run run : spaced) {
            String text = spaceBefore ? run.text().stripLeading() : run.text();
            if (text.isEmpty()) {
                continue;
            }
            spaceBefore = text.endsWith(" ");
            dropped.add(new Run(text, run.bold(), run.italic()));
        }
        List<Run> merged = merge(dropped);
        if (!merged.isEmpty()) {
            Run last = merged.get(merged.size() - 1);
            String text = last.text().stripTrailing();
            if (text.isEmpty()) {
                merged.remove(merged.size() - 1);
            } else {
                merged.set(merged.size() - 1, new Run(text, last.bold(), last.italic()));
            }
        }
        return List.copyOf(merged);
    }

    /**
     * Neighbours of one style as one run, text untouched. Each run's text is built once: joining it
     * again and again made a long paragraph quadratic.
     */
    private static List<Run> merge(List<Run> runs) {
        List<Run> merged = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Run style = null;
        for (Run run : runs) {
            if (style != null && (style.bold() != run.bold() || style.italic() != run.italic())) {
                merged.add(new Run(text.toString(), style.bold(), style.italic()));
                text.setLength(0);
            }
            style = run;
            text.append(run.text());
        }
        if (style != null) {
            merged.add(new Run(text.toString(), style.bold(), style.italic()));
        }
        return merged;
    }
}
