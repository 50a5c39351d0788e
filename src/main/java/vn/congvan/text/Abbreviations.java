package vn.congvan.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The usual abbreviations of unit names, expanded on folded text so that "UBND tp" matches
 * "Ủy ban nhân dân thành phố". Works on the output of {@link VietnameseText#fold}.
 */
public final class Abbreviations {
    private static final Map<String, String> FOLDED = new LinkedHashMap<>();

    static {
        FOLDED.put("ubnd", "uy ban nhan dan");
        FOLDED.put("hdnd", "hoi dong nhan dan");
        FOLDED.put("tp", "thanh pho");
        FOLDED.put("tx", "thi xa");
        FOLDED.put("tt", "thi tran");
        FOLDED.put("p", "phuong");
        FOLDED.put("vp", "van phong");
        FOLDED.put("ct", "chu tich");
        FOLDED.put("pct", "pho chu tich");
        FOLDED.put("mttq", "mat tran to quoc");
        FOLDED.put("tttt", "thong tin va truyen thong");
        FOLDED.put("gd dt", "giao duc va dao tao");
        FOLDED.put("gddt", "giao duc va dao tao");
        FOLDED.put("ldtbxh", "lao dong thuong binh va xa hoi");
        FOLDED.put("tc kh", "tai chinh ke hoach");
        FOLDED.put("tckh", "tai chinh ke hoach");
        FOLDED.put("tn mt", "tai nguyen va moi truong");
        FOLDED.put("tnmt", "tai nguyen va moi truong");
        FOLDED.put("ql dt", "quan ly do thi");
        FOLDED.put("qldt", "quan ly do thi");
        FOLDED.put("vh tt", "van hoa va thong tin");
        FOLDED.put("vhtt", "van hoa va thong tin");
        FOLDED.put("kt ht", "kinh te ha tang");
        FOLDED.put("ld tb xh", "lao dong thuong binh va xa hoi");
        FOLDED.put("bql", "ban quan ly");
        FOLDED.put("bqlda", "ban quan ly du an");
        FOLDED.put("qlda", "quan ly du an");
        FOLDED.put("dtxd", "dau tu xay dung");
        // The Fatherland Front and the mass organisations, as distribution lists write them.
        FOLDED.put("mttqvn", "mat tran to quoc viet nam");
        FOLDED.put("ubmttq", "uy ban mat tran to quoc");
        FOLDED.put("ubmttqvn", "uy ban mat tran to quoc viet nam");
        FOLDED.put("lhpn", "lien hiep phu nu");
        FOLDED.put("hlhpn", "hoi lien hiep phu nu");
        FOLDED.put("ccb", "cuu chien binh");
        FOLDED.put("ldld", "lien doan lao dong");
    }

    private static final Pattern WORDS;

    static {
        StringBuilder alternatives = new StringBuilder();
        FOLDED.keySet().stream()
                .sorted((a, b) -> b.length() - a.length())
                .forEach(k -> alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(k)));
        WORDS = Pattern.compile("\\b(" + alternatives + ")\\b");
    }

    private Abbreviations() {
    }

    /** Folds {@code s} and expands every known abbreviation in it. */
    public static String foldExpanded(String s) {
        String folded = VietnameseText.fold(s);
        Matcher m = WORDS.matcher(folded);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(FOLDED.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
