package vn.congvan.app;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import vn.congvan.directory.UnitDirectory;
import vn.congvan.model.DocumentType;
import vn.congvan.model.NumberSymbol;
import vn.congvan.model.OfficialDocument;
import vn.congvan.model.Paragraph;
import vn.congvan.model.Signer;
import vn.congvan.model.Table;
import vn.congvan.render.DocxWriter;
import vn.congvan.render.PdfWriter;
import vn.congvan.render.Template;

/**
 * What a report's letters need that does not depend on the ledger, made on other threads while the caller's
 * opens the ledger and works out the status: the unit directory (the reminder's addressees) and the BÁO CÁO's
 * and the reminder's templates read and parsed on one; on another, once per process, the PDF and DOCX writers
 * started (classes loaded and initialised, the fonts parsed) by writing a short letter to nowhere. In a cold
 * {@code report} these were about a third of the work of the one thread that did everything in turn.
 *
 * <p>What the caller gets is what it would have read itself: a directory or template that cannot be read
 * fails the caller, with the same error, when it asks for it (after its own checks, as before). A writer that
 * fails to start is left alone: the caller's own write meets the same problem and reports it.
 */
final class ReportPreparation {
    /** The writers are started once per process; a warm process needs nothing of them. */
    private static final AtomicBoolean WRITERS_STARTED = new AtomicBoolean();

    private final Part<UnitDirectory> directory;
    private final Part<Template> report;
    private final Part<Template> reminder;

    private ReportPreparation(Path templatesFolder, Supplier<UnitDirectory> directory, boolean threaded) {
        this.directory = new Part<>(directory, threaded);
        this.report = new Part<>(() -> Template.load(templatesFolder.resolve(ReportBuilder.REPORT_TEMPLATE)), threaded);
        this.reminder = new Part<>(() -> Template.load(templatesFolder.resolve(ReportBuilder.REMINDER_TEMPLATE)), threaded);
    }

    /**
     * Starts preparing a report in {@code formats}: the unit directory from {@code directory}, the templates
     * from {@code templatesFolder}, the writers of the formats. With no letter to write (XLSX alone) no thread
     * is started and each part is made when asked for. The threads are daemons, so that an early error (no such
     * dispatch) ends the process at once.
     */
    static ReportPreparation start(Path templatesFolder, Supplier<UnitDirectory> directory, Set<OutputFormat> formats,
                                   boolean pdfa) {
        boolean letters = formats.contains(OutputFormat.PDF) || formats.contains(OutputFormat.DOCX);
        ReportPreparation p = new ReportPreparation(templatesFolder, directory, letters);
        if (letters) {
            daemon("congvan-report-preparation", p::prepare);
            if (WRITERS_STARTED.compareAndSet(false, true)) {
                daemon("congvan-writers-start", () -> startWriters(formats, pdfa));
            }
        }
        return p;
    }

    private static void daemon(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
    }

    /** The unit directory, waiting for it if it is still being read. */
    UnitDirectory directory() {
        return directory.get();
    }

    /** The BÁO CÁO's template, waiting for it if it is still being read. */
    Template report() {
        return report.get();
    }

    /** The reminder's template, waiting for it if it is still being read. */
    Template reminder() {
        return reminder.get();
    }

    private void prepare() {
        directory.make();
        report.make();
        reminder.make();
    }

    private static void startWriters(Set<OutputFormat> documents, boolean pdfa) {
        OfficialDocument sample = sampleLetter();
        try {
            if (documents.contains(OutputFormat.PDF)) {
                new PdfWriter(pdfa).write(sample, OutputStream.nullOutputStream());
            }
            if (documents.contains(OutputFormat.DOCX)) {
                new DocxWriter().write(sample, OutputStream.nullOutputStream());
            }
        } catch (Exception | Error e) {
            // Nothing to say from here: the caller's own write meets the same problem and says it.
        }
    }

    /**
     * One thing made on the preparing thread, or on the caller's when there is none. What failed is thrown to
     * the caller as it was thrown, when the caller asks for it.
     */
    private static final class Part<T> {
        private final Supplier<T> maker;
        private final boolean threaded;
        private final CompletableFuture<T> result = new CompletableFuture<>();

        Part(Supplier<T> maker, boolean threaded) {
            this.maker = maker;
            this.threaded = threaded;
        }

        void make() {
            try {
                result.complete(maker.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }

        T get() {
            if (!threaded && !result.isDone()) {
                make();
            }
            try {
                return result.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error r) {
                    throw r;
                }
                throw e;
            }
        }
    }

    /**
     * A short letter with the parts a report has (header, title, recipients, headings, items, a table, the
     * signature and Nơi nhận), in the faces they use; never shown, only written to nowhere.
     */
    private static OfficialDocument sampleLetter() {
        Table table = new Table(List.of("STT", "Đơn vị", "Kết quả"),
                List.of(List.of("1", "Phòng Văn hóa và Thông tin", "Đã hoàn thành"), List.of("2", "Ủy ban nhân dân phường", "Quá hạn")),
                List.of(0.8, 3.4, 1.6));
        return new OfficialDocument("ỦY BAN NHÂN DÂN TỈNH", "ỦY BAN NHÂN DÂN THÀNH PHỐ", new NumberSymbol("", "BC-UBND"),
                "Hà Nội", LocalDate.of(2019, 9, 5), DocumentType.BAO_CAO, "Kết quả thực hiện công văn",
                List.of("Các phòng, ban"),
                List.of(Paragraph.of("Căn cứ kết quả thực hiện, báo cáo như sau:", Paragraph.Role.LEGAL_BASIS),
                        Paragraph.of("I. TÌNH HÌNH TRIỂN KHAI", Paragraph.Role.HEADING),
                        Paragraph.of("Văn bản được gửi đến các đơn vị; kết quả thực hiện từng nội dung như sau:"),
                        table,
                        Paragraph.of("- Ủy ban nhân dân phường.", Paragraph.Role.ITEM)),
                new Signer(List.of("KT. CHỦ TỊCH"), "PHÓ CHỦ TỊCH", "Nguyễn Văn A"),
                List.of("Như trên", "Lưu: VT"), null);
    }
}
