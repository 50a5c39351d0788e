package vn.congvan.mail;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congvan.app.CongvanService;
import vn.congvan.app.DemoRun;
import vn.congvan.app.DispatchImporter;
import vn.congvan.app.DispatchRef;
import vn.congvan.app.MailDistribution;
import vn.congvan.app.MailRoute;
import vn.congvan.app.Workspace;
import vn.congvan.directory.UnitDirectory;
import vn.congvan.ingest.PlainText;
import vn.congvan.mail.CorpusExpectation.Kind;
import vn.congvan.model.InputException;
import vn.congvan.model.TrackedDispatch;
import vn.congvan.model.Unit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reply corpus ({@code src/test/resources/replies/corpus}, see its README): replies to the seed dispatch as
 * Outlook, Outlook Web App, Thunderbird, Zimbra, Gmail, iOS and Android write them, read against what a careful
 * clerk reads in them (expected.csv). Prints a table per mail and the score; issue 9 asks for at least 90 % of the
 * items read right and nothing recorded wrongly without the clerk's review.
 */
class ReplyCorpusScoreTest {
    static final Path CORPUS = Path.of("src", "test", "resources", "replies", "corpus");
    private static final Path SEED = Path.of("samples", "000_7ae9f029b9ddbc9d.txt");
    private static final Path DIRECTORY = Path.of("samples", "directory");
    private static final double REQUIRED_PERCENT = 90.0;

    private static KnownDispatches known;
    private static long dispatchKey;
    private final ReplyClassifier classifier = new ReplyClassifier(Set.of("phanthiet.example"));
    private final List<String> unreadReports = new ArrayList<>();

    /**
     * The seed sent to every unit as the demo sends it (22/08/2019 08:00, its seeded Message-IDs), so the
     * corpus answers the Message-IDs the app really gives; then what the ledger and the directory know.
     */
    @BeforeAll
    static void sendTheSeedToEveryUnit(@TempDir Path home) {
        Workspace ws = Workspace.resolve(home.resolve("congvan.db").toString(), DIRECTORY);
        try (CongvanService service = DemoRun.open(ws, Clock.fixed(DemoRun.SENT_AT.toInstant(), Workspace.VIETNAM))) {
            DispatchImporter.Outcome imported = service.importDispatch(new CongvanService.ImportRequest(SEED, DemoRun.DEFAULT_DUE));
            TrackedDispatch d = imported.tracked();
            MailDistribution.Outcome sent = service.distribute(new CongvanService.DistributeRequest(
                    new DispatchRef(d.numberSymbol(), d.year(), null), MailRoute.outbox(home.resolve("outbox")), null, List.of()));
            assertTrue(sent.allWent(), sent.toString());
            dispatchKey = d.key();
            known = new KnownDispatches(List.of(new KnownDispatches.Known(d, imported.taskSet().assignments(),
                            imported.taskSet().dispatch().requirements())),
                    sent.units().stream().map(u -> new SentMessage(d.key(), u.unitCode(), u.messageId())).toList(),
                    UnitDirectory.load(DIRECTORY).units());
        }
    }

    /**
     * Loads POI's Word classes outside the reading time limit. The first .docx a JVM reads spends seconds of
     * processor time loading them, and on a busy machine that alone broke the 3 s limit (the report was then
     * refused as "quá phức tạp"), so the score depended on the machine's load rather than on the reading.
     */
    @BeforeAll
    static void loadTheWordReaderOnce() throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("BÁO CÁO");
            doc.write(docx);
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.toByteArray()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertEquals("BÁO CÁO", extractor.getText().strip());
        }
    }

    @Test
    void theCorpusHoldsEveryClassOfMailAndAnswersTheMessageIdsTheAppSent() throws Exception {
        List<CorpusExpectation> expected = CorpusExpectation.load(CORPUS.resolve("expected.csv"));
        List<String> files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".eml")).sorted().toList();
        }
        assertTrue(files.size() >= 45, "at least 45 mails: " + files.size());
        assertEquals(files, expected.stream().map(CorpusExpectation::file).toList(), "one row of expected.csv per mail, in file order");
        assertEquals(EnumSet.allOf(Kind.class), expected.stream().map(CorpusExpectation::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(Kind.class))));

        MailBatch batch = new EmlSource(CORPUS).readAll();
        assertEquals(List.of(), batch.summary().skipped(), "every mail of the corpus is readable");
        assertEquals(files, batch.mails().stream().map(IncomingMail::position).toList());

        Set<String> units = known.units().stream().map(Unit::code).collect(Collectors.toSet());
        Map<String, String> unitBySentId = new LinkedHashMap<>();
        known.sent().forEach(s -> unitBySentId.put(s.messageId(), s.unitCode()));
        int threaded = 0;
        for (int i = 0; i < files.size(); i++) {
            CorpusExpectation e = expected.get(i);
            IncomingMail mail = batch.mails().get(i);
            assertTrue(e.unit().isEmpty() || units.contains(e.unit()), e.file() + ": unknown unit " + e.unit());
            List<String> quoted = new ArrayList<>(mail.references());
            Optional.ofNullable(mail.inReplyTo()).ifPresent(quoted::add);
            for (String id : quoted) {
                if (id.startsWith("<cv.")) {
                    assertEquals(e.unit(), unitBySentId.get(id), e.file() + " answers " + id + ", the mail sent to that unit");
                }
            }
            if (quoted.stream().anyMatch(unitBySentId::containsKey)) {
                threaded++;
            }
        }
        assertTrue(threaded >= 30, "most mails answer in the unit's thread, some start a new one: " + threaded);
    }

    @Test
    void theCorpusIsReadRightItemByItemAndNothingIsRecordedWronglyWithoutReview() throws Exception {
        List<CorpusExpectation> expected = CorpusExpectation.load(CORPUS.resolve("expected.csv"));
        Map<String, IncomingMail> mails = new LinkedHashMap<>();
        new EmlSource(CORPUS).readAll().mails().forEach(m -> mails.put(m.position(), m));

        CorpusScore score = new CorpusScore(dispatchKey);
        for (CorpusExpectation e : expected) {
            score.add(e, classify(mails.get(e.file())));
        }
        String report = score.report() + (unreadReports.isEmpty() ? "" : "Tệp báo cáo không đọc được: " + unreadReports + "\n");
        System.out.println(report);

        assertTrue(score.itemsExpected() >= 90, "the corpus states enough items to score: " + score.itemsExpected());
        assertEquals(0, score.silentlyWrong(), report);
        assertTrue(score.percent() >= REQUIRED_PERCENT, report);
    }

    /**
     * As {@code collect} does: a unit's reply with an attached report it cannot read itself (.docx, .pdf) is
     * classified again with the report's text; a suspicious mail's files are never opened.
     */
    private Classification classify(IncomingMail mail) {
        Classification c = classifier.classify(mail, known);
        if (!(c instanceof Classification.Reply)) {
            return c;
        }
        List<String> texts = new ArrayList<>();
        PlainText plainText = new PlainText();
        for (Attachment a : mail.attachments()) {
            if (!a.baseType().startsWith("text/") && PlainText.reads(a.fileName())) {
                try {
                    plainText.of(a.fileName(), a.content()).ifPresent(texts::add);
                } catch (InputException e) {
                    // an unreadable report only says less (collect notes it for the clerk); shown with the score
                    unreadReports.add(mail.position() + ": " + e.getMessage());
                }
            }
        }
        if (texts.isEmpty()) {
            return c;
        }
        Classification again = classifier.classify(mail, known, texts);
        // collect reads only the statuses again, without the checks that placed the reply
        assertEquals(again, classifier.withReports((Classification.Reply) c, mail, known, texts), mail.position());
        return again;
    }
}
