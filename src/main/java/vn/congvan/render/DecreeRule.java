package vn.congvan.render;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.congvan.text.Messages;

/**
 * The presentation rules of Decree 30 that {@link PdfFormatChecker} and {@link DocxFormatChecker}
 * judge, in the order both report them: the page as a whole, then the header, then the body and
 * footer. Each has its Vietnamese name under {@code check.rule.<key>}, so that a PDF and a DOCX of
 * one document print the same list.
 */
public enum DecreeRule {
    PAPER("paper"),
    MARGINS("margins"),
    FONT("font"),
    PAGE_NUMBERS("pageNumbers"),
    NATIONAL_NAME("nationalName"),
    MOTTO("motto"),
    ISSUER("issuer"),
    NUMBER("number"),
    DATE("date"),
    BODY_SIZE("bodySize"),
    DISTRIBUTION("distribution"),
    SIGNER_NAME("signerName");

    private static final Messages MESSAGES = Messages.of(DecreeRule.class);
    private static final Logger LOG = LoggerFactory.getLogger(DecreeRule.class);

    private final String key;

    DecreeRule(String key) {
        this.key = key;
    }

    /** The rule's own part of its message key, {@code check.rule.<key>}. */
    public String key() {
        return key;
    }

    /** "Khổ giấy", "Quốc hiệu" …: the rule's name for the clerk. */
    public String title() {
        return MESSAGES.get("check.rule." + key);
    }

    /**
     * Judges this rule with {@code check}; a rule that cannot be evaluated on a strange file says so
     * instead of failing the whole check.
     */
    RuleResult judge(Supplier<RuleResult> check) {
        try {
            return check.get();
        } catch (RuntimeException e) {
            LOG.debug("rule {} could not be evaluated", this, e);
            return new RuleResult(this, false, MESSAGES.get("check.error", String.valueOf(e.getMessage())));
        }
    }

    /** One result per rule, in the rules' order; a checker that leaves a rule out has a bug. */
    static List<RuleResult> inOrder(Collection<RuleResult> results) {
        Map<DecreeRule, RuleResult> byRule = new EnumMap<>(DecreeRule.class);
        for (RuleResult r : results) {
            if (byRule.put(r.rule(), r) != null) {
                throw new IllegalStateException("two results for " + r.rule());
            }
        }
        if (byRule.size() != values().length) {
            throw new IllegalStateException("rules not judged: " + byRule.keySet());
        }
        return List.copyOf(byRule.values());
    }
}
