package vn.congvan.ingest;

import vn.congvan.model.Block;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.text.VietnameseDates;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The one pipeline every format shares: source lines → header, recipients, body, footer → OfficialDocument. */
final class DocumentParser {
    /** "Thông tin liên hệ …", "Liên hệ: …", "Đầu mối liên hệ …", "Người liên hệ …". */
    private static final Pattern CONTACT = Pattern.compile(
            "^(?:Thông tin liên hệ|Liên hệ|Đầu mối liên hệ|Người liên hệ|Mọi chi tiết(?: xin)? liên hệ)\\b.*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    private DocumentParser() {
    }

    static OfficialDocument parse(SourceText typed) {
        SourceText rulesOut = TypedRules.blankedOut(typed);
        checkDates(rulesOut);
        SourceText source = WrappedHeaderLines.joined(rulesOut);
        List<SourceLine> lines = source.lines();
        Header header = HeaderParser.parse(source);
        DashList recipients = RecipientParser.parse(lines, header.end());
        Footer footer = FooterParser.find(lines, recipients.end());
        List<Block> body = BodyParser.parse(lines.subList(recipients.end(), footer.start()));
        return new OfficialDocument(header.parentIssuer(), header.issuer(), header.numberSymbol(), header.place(),
                header.date(), header.type(), header.subject(), recipients.entries(), body, footer.signer(),
                footer.distribution(), contact(body));
    }

    private static String contact(List<Block> body) {
        return body.stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text())
                .filter(t -> CONTACT.matcher(t).matches()).findFirst().orElse(null);
    }

    /** Every date written anywhere must exist: an impossible one is named with its line before anything else. */
    private static void checkDates(SourceText source) {
        for (SourceLine line : source.lines()) {
            String text = line.text();
            for (Pattern pattern : List.of(VietnameseDates.VERBAL, VietnameseDates.NUMERIC)) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    try {
                        VietnameseDates.of(m);
                    } catch (VietnameseDates.InvalidDate e) {
                        throw InputErrors.of(e, "document.invalidDate", InputErrors.name(source.file()),
                                source.where(line), e.written());
                    }
                }
            }
        }
    }
}
