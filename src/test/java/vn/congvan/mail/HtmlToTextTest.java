package vn.congvan.mail;

import org.junit.jupiter.api.Test;

import vn.congvan.model.ComplianceStatus;

import java.util.List;
import java.util.Random;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlToTextTest {

    @Test
    void blocksBecomeLinesAndHiddenPartsDisappear() {
        String html = "<html><head><title>Tiêu đề</title><style>p{color:red}</style><script>alert('x')</script></head>"
                + "<body><p>Kính gửi&nbsp;Văn phòng,</p><div>1. Đã hoàn thành<br>2. Đang thực hiện</div>"
                + "<ul><li>một</li><li>hai</li></ul><table><tr><td>Mục</td><td>Kết quả</td></tr></table>"
                + "<section>Phần mới</section><img src=\"https://tracker.example/p.gif\" alt=\"\"></body></html>";
        assertEquals("Kính gửi Văn phòng,\n1. Đã hoàn thành\n2. Đang thực hiện\n- một\n- hai\nMục Kết quả\nPhần mới",
                HtmlToText.convert(html));
    }

    @Test
    void orderedListsKeepTheNumbersTheyShowOnScreen() {
        // Zimbra and Gmail put a numbered answer in an <ol>: the numbers exist only when it is displayed.
        assertEquals("Kết quả:\n1. đã hoàn thành\n2. đang thực hiện\n3. chưa thực hiện\n4. tiếp\n5. cuối",
                HtmlToText.convert("<div>Kết quả:</div><ol><li>đã hoàn thành</li><li>đang thực hiện</li><li>chưa thực hiện</li></ol>"
                        + "<ol start=\"4\"><li>tiếp</li><li>cuối</li></ol>"));
        Map<String, ComplianceStatus> read = ComplianceTextParser.parse(HtmlToText.convert(
                "<ol><li>đã hoàn thành</li><li>đang thực hiện</li><li>chưa thực hiện</li></ol>"), Set.of("1", "2", "3"));
        assertEquals(Map.of("1", ComplianceStatus.DONE, "2", ComplianceStatus.IN_PROGRESS, "3", ComplianceStatus.NOT_STARTED), read);
    }

    @Test
    void quotedBlocksAreMarkedLikePlainTextQuotes() {
        String html = "<div>3. Chưa thực hiện</div><div>Vào Th 5, 22 thg 8 Văn phòng đã viết:</div>"
                + "<blockquote class=\"gmail_quote\"><div>1. đã hoàn thành / đang thực hiện</div></blockquote>";
        assertEquals("3. Chưa thực hiện\nVào Th 5, 22 thg 8 Văn phòng đã viết:\n> 1. đã hoàn thành / đang thực hiện", HtmlToText.convert(html));
        assertEquals("3. Chưa thực hiện", QuotedText.strip(HtmlToText.convert(html)));
    }

    @Test
    void linksKeepTheirTargetAndVisibleText() {
        assertEquals(List.of(new HtmlLink("http://203.0.113.45/login", "https://mail.phanthiet.example"),
                        new HtmlLink("https://tintuc.example/a", "Xem chi tiết")),
                HtmlToText.links("<p><a href=\"http://203.0.113.45/login\">https://mail.<b>phanthiet</b>.example</a></p>"
                        + "<a href=\"https://tintuc.example/a\">Xem  chi\ntiết</a><a name=\"x\">không có đích</a>"));
    }

    @Test
    void nothingRemoteIsEverFetched() throws Exception {
        try (java.net.ServerSocket server = new java.net.ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(300);
            String base = "http://127.0.0.1:" + server.getLocalPort();
            String html = "<html><head><link rel=\"stylesheet\" href=\"" + base + "/s.css\"><base href=\"" + base + "/\"></head><body>"
                    + "<img src=\"" + base + "/pixel.gif\"><iframe src=\"" + base + "/frame\"></iframe>"
                    + "<a href=\"" + base + "/x\">Xem</a></body></html>";
            HtmlToText.convert(html);
            HtmlToText.links(html);
            org.junit.jupiter.api.Assertions.assertThrows(java.net.SocketTimeoutException.class, server::accept,
                    "no connection was made to the server the HTML points at");
        }
    }

    @Test
    void preformattedTextKeepsItsLines() {
        assertEquals("Báo cáo:\n1. Xong\n2. Chưa", HtmlToText.convert("<p>Báo cáo:</p><pre>1. Xong\n2. Chưa</pre>"));
    }

    @Test
    void textTheClerkNeverSeesIsNotRead() {
        String html = "<div style=\"display:none\">Đã hoàn thành cả 3 nội dung</div>"
                + "<p>Đang thực hiện nội dung 1</p>"
                + "<span style=\"visibility: hidden\">ẩn 1</span><p hidden>ẩn 2</p>"
                + "<p style=\"font-size:0px\">ẩn 3</p><p style=\"color:#000; opacity: 0 !important\">ẩn 4</p>"
                + "<template><p>ẩn 5</p></template><div style=\"mso-hide:all\">ẩn 6</div>"
                + "<div style=\"max-height:0;overflow:hidden\">ẩn 7</div>"
                + "<p aria-hidden=\"true\">Trân trọng.</p><p style=\"font-size:10pt;opacity:0.9\">Phường Phú Thủy</p>";
        assertEquals("Đang thực hiện nội dung 1\nTrân trọng.\nPhường Phú Thủy", HtmlToText.convert(html));
    }

    @Test
    void textHiddenByAStyleSheetRuleIsNotRead() {
        String html = "<html><head><style>/* ẩn */ .x{display:none} #y { visibility : hidden !important }"
                + " div.z span, .w>b {font-size:0}\n@media screen { .m { mso-hide: all } }"
                + " @media (max-width:600px) { .desktop{display:none} } .shown:hover{display:none} p{color:#333}</style></head>"
                + "<body><p class=\"a x\">Đã hoàn thành cả 3 nội dung</p><p id=\"y\">ẩn 2</p>"
                + "<div class=\"z\"><span>ẩn 3</span>Đang thực hiện nội dung 1</div><div class=\"w\"><b>ẩn 4</b></div>"
                + "<p class=\"m\">ẩn 5</p><p class=\"desktop\">Trân trọng.</p><p class=\"shown\">Phường Phú Thủy</p></body></html>";
        assertEquals("Đang thực hiện nội dung 1\nTrân trọng.\nPhường Phú Thủy", HtmlToText.convert(html));
    }

    @Test
    void aStyleSheetOfManyHidingRulesStillHidesWhatItsLastRuleNames() {
        StringBuilder css = new StringBuilder();
        for (int i = 0; i < HidingStyleSheet.MAX_SELECTORS + 50; i++) {
            css.append(".h").append(i).append("{display:none}");
        }
        String html = "<style>" + css + ".an{display:none}</style><p class=\"an\">Đã hoàn thành cả 3 nội dung</p><p>Đang thực hiện</p>";
        assertEquals("Đang thực hiện", HtmlToText.convert(html));
    }

    @Test
    void htmlWithoutLinkOrTableTagsIsKnownWithoutParsing() {
        assertFalse(HtmlToText.mayHoldLinkOrTable("<p>Đã hoàn thành</p><abbr>UBND</abbr><address>x</address><tab>"));
        assertTrue(HtmlToText.mayHoldLinkOrTable("<A\nHREF=\"https://x.example\">x</A>"));
        assertTrue(HtmlToText.mayHoldLinkOrTable("<TaBlE><tr><td>1</td></tr></TaBlE>"));
        assertTrue(HtmlToText.mayHoldLinkOrTable("text <a"));
        // Whatever jsoup makes of random markup, it finds a link or a table only where the test said it might.
        Random random = new Random(13);
        String[] pieces = {"<", ">", "/", " ", "\t", "\n", "\f", "\r", "\0", "\u2215", "a", "A", "b", "table", "TABLE", "tab",
                "le", "href=x", "=", "\"", "'", "-", "1", "<!--", "-->", "<script>", "</script>", "<svg>", "<math>", "<tr>", "<td>",
                "<textarea>", "<p>", "&lt;", "&", "#", "đ", "<abbr>", "<area>", "<caption>", "<![CDATA[", "]]>", "<template>", "<a", "<A", "<table", "<Table"};
        int possible = 0;
        int found = 0;
        for (int i = 0; i < 100_000; i++) {
            StringBuilder html = new StringBuilder();
            for (int k = random.nextInt(30); k >= 0; k--) {
                html.append(pieces[random.nextInt(pieces.length)]);
            }
            org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html.toString());
            if (!HtmlToText.mayHoldLinkOrTable(html.toString())) {
                assertTrue(doc.select("a, table").isEmpty(), html::toString);
            } else {
                possible++;
                found += doc.select("a, table").isEmpty() ? 0 : 1;
            }
        }
        // both ways taken often: the pieces make links and tables, and markup without them
        assertTrue(possible > 10_000 && possible < 90_000 && found > 5_000, "possible " + possible + ", found " + found);
    }

    @Test
    void whiteSpaceLoopsEqualTheRegularExpressionsTheyReplace() {
        Random random = new Random(17);
        String alphabet = " \t\n\r\f\u000B\u00A0\u2003ađ>x";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(16); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertEquals(s.replaceAll("\\s+", " "), HtmlToText.collapseSpaces(s), s);
            assertEquals(s.replaceAll("[ \\t]+\n", "\n"), HtmlToText.noSpacesBeforeLineEnds(s), s);
            assertEquals(s.replaceAll("\n{3,}", "\n\n"), HtmlToText.atMostOneEmptyLine(s), s);
        }
    }
}
