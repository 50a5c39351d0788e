package vn.congvan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PdfContentTest {
    /**
     * Every coordinate is written as a plain decimal with at most four decimals, no trailing zeros and
     * no exponent (PDF has none): the value rounded half up to a ten-thousandth, as BigDecimal writes it.
     */
    @Test
    void numbersAreRoundedToFourDecimalsWithoutExponent() {
        Random random = new Random(30);
        float[] fixed = {0f, 1f, 9f, 10f, 99.5f, 100f, 0.5f, 595.2756f, 841.8898f, 56.6929f, -12.25f, 0.00004f, 0.00005f, 1e-7f,
            123456.78f, 3.0e9f, -2.5e10f};
        for (int i = 0; i < fixed.length + 2000; i++) {
            float value = i < fixed.length ? fixed[i] : (random.nextFloat() - 0.2f) * (i % 3 == 0 ? 1000 : 900_000);
            PdfContent content = new PdfContent(64);
            content.lineWidth(value);
            String written = new String(content.bytes(), StandardCharsets.US_ASCII);
            long scaled = Math.round((double) value * 10_000);
            String expected = BigDecimal.valueOf(scaled, 4).stripTrailingZeros().toPlainString();
            if (expected.equals("0.0000") || scaled == 0) {
                expected = "0";
            }
            assertEquals(expected + " w\n", written, "value " + value);
        }
    }
}
