package vn.congvan.mail;

import vn.congvan.model.Unit;
import vn.congvan.text.VietnameseText;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which units a piece of text names, as clerks write them in a display name, a subject or a signature:
 * the full name, an alias, and the short forms of a ward or commune ("UBND phường Phú Tài", "P. Phú Tài",
 * "phuong Phu Tai", "xã Tiến Lợi"). Compared without case and diacritics, word by word.
 */
final class NamedUnits {
    private static final Pattern PLACE = Pattern.compile("\\b(phuong|xa|thi tran) (.+)$");
    private static final int MAX_KEPT = 10_000;
    /**
     * Kept per unit: every mail is checked against every unit of the directory, whose names do not change while a
     * collection runs (a unit edited later is another key).
     */
    private static final Map<Unit, Folded> FOLDED = new ConcurrentHashMap<>();

    private record Folded(List<String> names, List<String> forms) {
    }

    private NamedUnits() {
    }

    /** The units {@code text} names, in directory order. */
    static Set<Unit> in(String text, List<Unit> units) {
        String folded = " " + VietnameseText.fold(text) + " ";
        Set<Unit> named = new LinkedHashSet<>();
        for (Unit u : units) {
            for (String form : forms(u)) {
                if (folded.contains(" " + form + " ")) {
                    named.add(u);
                    break;
                }
            }
        }
        return named;
    }

    /** The unit's aliases and then its name, folded. */
    static List<String> foldedNames(Unit u) {
        return known(u).names();
    }

    /** The folded ways a unit's name is written; a single word ("Mũi") is too loose to count. */
    private static List<String> forms(Unit u) {
        return known(u).forms();
    }

    private static Folded known(Unit u) {
        Folded f = FOLDED.get(u);
        if (f == null) {
            f = folded(u);
            if (FOLDED.size() > MAX_KEPT) {
                FOLDED.clear();
            }
            FOLDED.put(u, f);
        }
        return f;
    }

    private static Folded folded(Unit u) {
        List<String> names = new ArrayList<>(u.aliases());
        names.add(u.name());
        List<String> folded = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        for (String n : names) {
            String f = VietnameseText.fold(n);
            folded.add(f);
            if (f.contains(" ")) {
                forms.add(f);
            }
            Matcher m = PLACE.matcher(f);
            if (m.find()) {
                String place = m.group(2);
                String kind = m.group(1);
                forms.add(kind + " " + place);
                forms.add(switch (kind) {
                    case "phuong" -> "p " + place;
                    case "xa" -> "x " + place;
                    default -> "tt " + place;
                });
            }
        }
        return new Folded(List.copyOf(folded), List.copyOf(forms));
    }
}
