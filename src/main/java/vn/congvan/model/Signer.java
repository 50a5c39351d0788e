package vn.congvan.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Positions 7a–7c: who signs and in what capacity.
 *
 * @param authority "TM.", "KT.", "TL.", "TUQ.", "Q." or null when the head signs in their own name
 * @param title     the line after the authority ("CHỦ TỊCH" in "KT. CHỦ TỊCH", "ỦY BAN NHÂN DÂN" in "TM. ỦY BAN NHÂN DÂN"); null without authority.
 *                  A double authority ("TM. ỦY BAN NHÂN DÂN" over "KT. CHỦ TỊCH") keeps its second line after a line
 *                  feed: "ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"; {@link #authorityLines()} gives the lines to print
 * @param position  the signer's own position ("PHÓ CHỦ TỊCH")
 * @param name      the signer's full name
 */
public record Signer(String authority, String title, String position, String name) {

    /**
     * The capital lines printed above the position: ["KT. CHỦ TỊCH"], or ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]
     * for a double authority, or none when the head signs in their own name.
     */
    public List<String> authorityLines() {
        if (authority == null) {
            return List.of();
        }
        String[] titleLines = title == null ? new String[] {""} : title.split("\n");
        List<String> lines = new ArrayList<>();
        lines.add((authority + " " + titleLines[0].strip()).strip());
        for (int i = 1; i < titleLines.length; i++) {
            lines.add(titleLines[i].strip());
        }
        return List.copyOf(lines);
    }
}
