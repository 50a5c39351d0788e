package vn.congvan.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.congvan.app.CongvanService;
import vn.congvan.app.Review;
import vn.congvan.model.InputException;

/**
 * {@code review list|show N|accept N [--trust]|edit N 1=xong 2=dang …|reject N [--ly-do …]}: the mails
 * waiting for the clerk ("Thư cần xem") and the clerk's decision on each, recorded in the ledger.
 */
@Command(name = "review", subcommands = {ReviewCommand.ListEntries.class, ReviewCommand.Show.class,
        ReviewCommand.Accept.class, ReviewCommand.Edit.class, ReviewCommand.Reject.class})
final class ReviewCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** {@code review list [--all] [--van-ban ID]}: open entries, oldest first. */
    @Command(name = "list")
    static final class ListEntries implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Mixin
        DispatchOptions dispatch;

        @Option(names = {"--all", "--tat-ca"}, descriptionKey = "option.reviewAll")
        boolean all;

        @Option(names = {"--dispatch", "--van-ban"}, paramLabel = "ID", descriptionKey = "option.reviewDispatch")
        String id;

        @Override
        public Integer call() {
            List<Review.Item> items;
            try (CongvanService app = store.workspace().open(new ConsoleInteraction())) {
                items = app.reviewList(new CongvanService.ReviewListRequest(all, id == null ? null : dispatch.ref(id)));
            }
            System.out.println(ReviewView.list(items, all));
            return 0;
        }
    }

    /** {@code review show N}: one entry with the mail's text. */
    @Command(name = "show")
    static final class Show implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Parameters(paramLabel = "N", descriptionKey = "param.reviewNumber")
        long number;

        @Override
        public Integer call() {
            Review.Shown shown;
            try (CongvanService app = store.workspace().open(new ConsoleInteraction())) {
                shown = app.reviewShow(number);
            }
            System.out.println(ReviewView.shown(shown));
            return 0;
        }
    }

    /** {@code review accept N [--trust]}: the proposed readings recorded as they are. */
    @Command(name = "accept")
    static final class Accept implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Parameters(paramLabel = "N", descriptionKey = "param.reviewNumber")
        long number;

        @Option(names = {"--trust", "--tin-cay"}, descriptionKey = "option.reviewTrust")
        boolean trust;

        @Override
        public Integer call() {
            return decide(store, app -> app.reviewAccept(new CongvanService.ReviewAcceptRequest(number, trust)));
        }
    }

    /** {@code review edit N 1=xong 2=dang … [--van-ban ID --don-vi UNIT]}: the clerk's statuses recorded instead. */
    @Command(name = "edit")
    static final class Edit implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Mixin
        DispatchOptions dispatch;

        @Parameters(index = "0", paramLabel = "N", descriptionKey = "param.reviewNumber")
        long number;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "NỘI-DUNG=TÌNH-TRẠNG", descriptionKey = "param.reviewStatuses")
        List<String> statuses = new ArrayList<>();

        @Option(names = {"--dispatch", "--van-ban"}, paramLabel = "ID", descriptionKey = "option.reviewDispatch")
        String id;

        @Option(names = {"--unit", "--don-vi"}, paramLabel = "UNIT", descriptionKey = "param.unit")
        String unit;

        @Override
        public Integer call() {
            Map<String, String> chosen = new LinkedHashMap<>();
            for (String s : statuses) {
                int eq = s.indexOf('=');
                if (eq <= 0 || eq == s.length() - 1) {
                    throw new InputException(CliText.get("review.badStatus", s));
                }
                chosen.put(s.substring(0, eq).strip(), s.substring(eq + 1).strip());
            }
            return decide(store, app -> app.reviewEdit(new CongvanService.ReviewEditRequest(number, chosen, id == null ? null : dispatch.ref(id), unit)));
        }
    }

    /** {@code review reject N [--ly-do …]}: nothing recorded; the entry is closed with the reason. */
    @Command(name = "reject")
    static final class Reject implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Parameters(paramLabel = "N", descriptionKey = "param.reviewNumber")
        long number;

        @Option(names = {"--ly-do", "--reason"}, paramLabel = "LÝ-DO", descriptionKey = "option.reviewReason")
        String reason;

        @Override
        public Integer call() {
            return decide(store, app -> app.reviewReject(new CongvanService.ReviewRejectRequest(number, reason)));
        }
    }

    /** Opens the ledger, records one decision and prints what it did. */
    private static int decide(StoreOptions store, Function<CongvanService, Review.Decided> decision) {
        Review.Decided d;
        try (CongvanService app = store.workspace().open(new ConsoleInteraction())) {
            d = decision.apply(app);
        }
        System.out.println(ReviewView.decided(d));
        return 0;
    }
}
