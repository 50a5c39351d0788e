package vn.congvan.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UnsupportedEncodingException;
import java.util.Random;

import jakarta.mail.internet.MimeUtility;

import org.junit.jupiter.api.Test;

/** Our decoding of encoded words must give Jakarta Mail's text, or leave the header to it. */
class EncodedWordsTest {

    @Test
    void subjectsAsMailProgramsWriteThemDecodeAsJakartaMailDecodesThem() throws Exception {
        for (String subject : new String[] {
                "Re: =?UTF-8?B?QsOhbyBjw6FvIGvhur90IHF14bqjIGPDtG5nIHbEg24gc+G7kSA2MTc0?=",
                "=?utf-8?Q?TL:_V/v_tri=E1=BB=83n_khai?= =?utf-8?Q?_n=E1=BB=99i_dung?=  cuối",
                "=?windows-1258?Q?B=E1o_c=E1o?= 6174/UBND-VX", "RE: Báo cáo số 6174 =?UTF-8?B??=", "plain subject",
                "a =?utf-8?b?w6E=?=\t=?UTF-8?B?w6k=?= b", "=?UTF-8?Q?a=5Fb?="}) {
            assertEquals(MimeUtility.decodeText(subject), EncodedWords.decode(subject), subject);
        }
        assertEquals("TL: V/v triển khai nội dung  cuối",
                EncodedWords.decode("=?utf-8?Q?TL:_V/v_tri=E1=BB=83n_khai?= =?utf-8?Q?_n=E1=BB=99i_dung?=  cuối"));
    }

    @Test
    void wordsOfOtherShapesAreLeftToJakartaMail() {
        for (String odd : new String[] {"=?x-unknown?B?YQ==?=", "=?utf-8?B?YQ?=", "=?utf-8?Q?a=4?=", "=?utf-8?B?YQ==?=rest",
                "=?utf-8*vi?Q?a?=", "=?utf-8?X?a?=", "=?utf-8?Q?a=-1?="}) {
            assertNull(EncodedWords.decode(odd), odd);
        }
    }

    @Test
    void randomHeadersDecodeAsJakartaMailDecodesThem() throws Exception {
        String[] pieces = {"=?", "?=", "?", "utf-8", "UTF-8", "iso-8859-1", "B", "q", "Q", "w6E=", "YQ==", "YWJj", "=C3=A1", "=4",
                "_", " ", "\t", "a", "Re:", "=", "x-none"};
        Random random = new Random(2047);
        int decoded = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            // the usual shape, often, so that many headers are decoded by us
            if (random.nextBoolean()) {
                b.append(" =?utf-8?").append(random.nextBoolean() ? "B?w6E=" : "Q?=C3=A1_b").append("?=");
            }
            String header = b.toString();
            String ours = EncodedWords.decode(header);
            if (ours != null) {
                decoded++;
                String theirs;
                try {
                    theirs = MimeUtility.decodeText(header);
                } catch (UnsupportedEncodingException e) {
                    theirs = "(refused)";
                }
                assertEquals(theirs, ours, header);
            }
        }
        assertTrue(decoded > 20_000, "decoded " + decoded);
    }
}
