package vn.congvan.mail;

import vn.congvan.model.Assignment;
import vn.congvan.model.Dispatch;
import vn.congvan.model.DocumentType;
import vn.congvan.model.InputException;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Requirement;
import vn.congvan.model.UnitRole;
import vn.congvan.model.Unit;
import vn.congvan.text.Messages;
import vn.congvan.text.VietnameseDates;
import vn.congvan.text.VietnameseText;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParameterList;
import jakarta.mail.util.ByteArrayDataSource;

import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the mail that carries a dispatch to one unit: the unit's requirements and deadlines in
 * Vietnamese, the files attached, a read-receipt request and a Message-ID the app records so that
 * replies can be matched.
 */
public final class DispatchMailComposer {
    /** Headers that let us (and a clerk reading raw mail) see what a message is about. */
    public static final String DISPATCH_HEADER = "X-Congvan-Dispatch";
    public static final String UNIT_HEADER = "X-Congvan-Unit";

    static final Set<String> PLACEHOLDERS = Set.of("unit", "office", "number_symbol", "type", "subject", "date",
            "document", "requirements", "reply_form", "attachments");
    private static final Messages MESSAGES = Messages.of(DispatchMailComposer.class);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final InternetAddress office;
    private final MailTemplate template;
    private final Clock clock;
    private final MessageIds messageIds;
    private final Session session = Session.getInstance(new Properties());

    /**
     * @param officeAddress the office mailbox that sends and receives replies and receipts
     * @param officeName    how the office signs, e.g. "Văn phòng HĐND và UBND thành phố Phan Thiết"
     * @param clock         gives the Date header
     * @param messageIds    gives each mail its unguessable Message-ID
     */
    public DispatchMailComposer(String officeAddress, String officeName, MailTemplate template, Clock clock,
                                MessageIds messageIds) {
        this.office = address(officeAddress, officeName, "office");
        this.template = template;
        this.clock = clock;
        this.messageIds = messageIds;
    }

    public DispatchMailComposer(String officeAddress, String officeName, MailTemplate template, Clock clock) {
        this(officeAddress, officeName, template, clock, MessageIds.secure());
    }

    public DispatchMailComposer(String officeAddress, String officeName) {
        this(officeAddress, officeName, MailTemplate.standard(), Clock.systemUTC());
    }

    /**
     * Composes the mail for {@code unit}: its assignments among those of {@code dispatch} (other units'
     * are ignored) and the files to attach (the dispatch file, the official PDF …).
     *
     * @throws InputException the dispatch has no number yet, the unit has no usable address, or an
     *                        assignment names a requirement the dispatch does not have
     */
    public ComposedMail compose(Dispatch dispatch, Unit unit, List<Assignment> assignments, List<Attachment> attachments) {
        OfficialDocument doc = dispatch.document();
        NumberSymbol ns = doc.numberSymbol();
        if (ns == null || ns.number().isBlank()) {
            throw new InputException(MESSAGES.get("compose.unnumbered", doc.subject()));
        }
        if (unit.email() == null || unit.email().isBlank()) {
            throw new InputException(MESSAGES.get("compose.noEmail", unit.name(), unit.code()));
        }
        InternetAddress to = address(unit.email().strip(), unit.name(), unit.name());
        List<Assignment> mine = assignments.stream()
                .filter(a -> a.unitCode().equals(unit.code()))
                .toList();

        Map<String, String> values = new HashMap<>();
        values.put("unit", unit.name());
        values.put("office", office.getPersonal() == null ? office.getAddress() : office.getPersonal());
        values.put("number_symbol", ns.text());
        values.put("type", typeName(doc.type()));
        values.put("subject", subject(doc));
        values.put("date", doc.date() == null ? "" : VietnameseDates.formatShort(doc.date()));
        values.put("document", doc.date() == null
                ? MESSAGES.get("compose.documentUndated", typeName(doc.type()), ns.text(), subject(doc))
                : MESSAGES.get("compose.document", typeName(doc.type()), ns.text(), values.get("date"), subject(doc)));
        values.put("requirements", requirementList(dispatch, mine));
        values.put("reply_form", replyForm(dispatch, mine));
        values.put("attachments", attachments.isEmpty() ? MESSAGES.get("compose.noAttachments")
                : attachments.stream().map(Attachment::fileName).collect(Collectors.joining("; ")));

        String subjectLine = template.filledSubject(doc.type() == DocumentType.CONG_VAN, values);
        String body = template.filledBody(values);
        String messageId = messageIds.create(domainOf(office));
        try {
            MimeMessage m = new DispatchMimeMessage(session, messageId);
            m.setFrom(office);
            m.setRecipient(jakarta.mail.Message.RecipientType.TO, to);
            m.setSubject(VietnameseText.oneLine(subjectLine), "UTF-8");
            m.setSentDate(Date.from(clock.instant()));
            m.setHeader("Disposition-Notification-To", office.getAddress());
            m.setHeader("Content-Language", "vi");
            m.setHeader(DISPATCH_HEADER, MimeUtility.encodeText(dispatch.id(), "UTF-8", null));
            m.setHeader(UNIT_HEADER, MimeUtility.encodeText(unit.code(), "UTF-8", null));
            if (attachments.isEmpty()) {
                m.setText(body, "UTF-8", "plain");
            } else {
                MimeMultipart mixed = new MimeMultipart("mixed");
                MimeBodyPart text = new MimeBodyPart();
                text.setText(body, "UTF-8", "plain");
                mixed.addBodyPart(text);
                for (Attachment a : attachments) {
                    mixed.addBodyPart(part(a));
                }
                m.setContent(mixed);
            }
            m.saveChanges();
            return new ComposedMail(unit.code(), to.getAddress(), messageId, m);
        } catch (MessagingException | UnsupportedEncodingException e) {
            // Only a programming error can get here: every value above was checked or encoded.
            throw new IllegalStateException("cannot build the dispatch mail", e);
        }
    }

    /** The file name travels as RFC 2231 UTF-8 ({@code filename*=UTF-8''…}), which keeps Vietnamese names intact. */
    private static MimeBodyPart part(Attachment a) throws MessagingException {
        MimeBodyPart p = new MimeBodyPart();
        p.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.contentType())));
        ContentType type = new ContentType(a.contentType());
        ParameterList disposition = new ParameterList();
        if (a.fileName() != null) {
            if (type.getParameterList() == null) {
                type.setParameterList(new ParameterList());
            }
            type.getParameterList().set("name", a.fileName(), "UTF-8");
            disposition.set("filename", a.fileName(), "UTF-8");
        }
        p.setHeader("Content-Type", type.toString());
        p.setHeader("Content-Disposition", new ContentDisposition("attachment", disposition).toString());
        // base64 even for text files: quoted-printable would turn their LF into CRLF and change the bytes.
        p.setHeader("Content-Transfer-Encoding", "base64");
        return p;
    }

    private static String requirementList(Dispatch dispatch, List<Assignment> mine) {
        if (mine.isEmpty()) {
            return MESSAGES.get("compose.noRequirements");
        }
        List<String> lines = new ArrayList<>();
        for (Assignment a : ordered(dispatch, mine)) {
            Requirement r = requirement(dispatch, a.requirementId());
            String deadline = a.deadline() == null ? MESSAGES.get("compose.noDeadline")
                    : a.deadlineTime() == null ? VietnameseDates.formatShort(a.deadline())
                    : MESSAGES.get("compose.deadlineAt", a.deadlineTime().getHour(),
                            String.format("%02d", a.deadlineTime().getMinute()), VietnameseDates.formatShort(a.deadline()));
            StringBuilder item = new StringBuilder(MESSAGES.get("compose.requirement", r.id(), VietnameseText.oneLine(r.text())));
            for (Requirement sub : r.items()) {
                item.append('\n').append(MESSAGES.get("compose.subItem", sub.id(), VietnameseText.oneLine(sub.text())));
            }
            item.append('\n').append(MESSAGES.get("compose.deadline", deadline));
            // A task-table row says who answers for it: the unit is told its part and the other units'.
            if (a.role() != null) {
                item.append('\n').append(a.role() == UnitRole.LEAD && r.support().isEmpty() ? MESSAGES.get("compose.leadAlone")
                        : a.role() == UnitRole.LEAD ? MESSAGES.get("compose.lead", String.join(", ", r.support()))
                        : MESSAGES.get("compose.support", String.join(", ", r.lead())));
            }
            lines.add(item.toString());
        }
        return String.join("\n\n", lines);
    }

    private static String replyForm(Dispatch dispatch, List<Assignment> mine) {
        return ordered(dispatch, mine).stream()
                .map(a -> MESSAGES.get("compose.replyLine", a.requirementId()))
                .collect(Collectors.joining("\n"));
    }

    /** Assignments in the order the dispatch numbers its requirements. */
    private static List<Assignment> ordered(Dispatch dispatch, List<Assignment> mine) {
        List<String> order = dispatch.requirements().stream().map(Requirement::id).toList();
        for (Assignment a : mine) {
            requirement(dispatch, a.requirementId());
        }
        return mine.stream().sorted((x, y) -> order.indexOf(x.requirementId()) - order.indexOf(y.requirementId())).toList();
    }

    private static Requirement requirement(Dispatch dispatch, String id) {
        return dispatch.requirements().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new InputException(MESSAGES.get("compose.unknownRequirement", id, dispatch.id())));
    }

    /** "Công văn", "Kế hoạch" …: the printed title in sentence case, for running text. */
    private static String typeName(DocumentType type) {
        String lower = type.title().toLowerCase(VIETNAMESE);
        return lower.substring(0, 1).toUpperCase(VIETNAMESE) + lower.substring(1);
    }

    /** The excerpt on one line without the final full stop the printed form sometimes carries. */
    private static String subject(OfficialDocument doc) {
        return VietnameseText.oneLine(doc.subject()).replaceAll("[.;,\\s]+$", "");
    }

    private static String domainOf(InternetAddress a) {
        String s = a.getAddress();
        return s.substring(s.indexOf('@') + 1);
    }

    private static InternetAddress address(String email, String personal, String whose) {
        try {
            InternetAddress a = new InternetAddress(email, true);
            if (a.getAddress().indexOf('@') < 1) {
                throw new AddressException("no domain", email);
            }
            a.setPersonal(personal, "UTF-8");
            return a;
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new InputException(MESSAGES.get("compose.badEmail", whose, email), e);
        }
    }
}
