package vn.congvan.ingest;

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
}
