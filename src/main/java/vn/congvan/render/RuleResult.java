package vn.congvan.render;

/**
 * One Decree 30 rule checked on one document: which rule, whether it holds, and what was found
 * (Vietnamese, for the clerk: "lề trái 20,0 mm, phải từ 30 đến 35 mm").
 */
public record RuleResult(DecreeRule rule, boolean ok, String detail) {
    /** The rule's Vietnamese name. */
    public String title() {
        return rule.title();
    }
}
