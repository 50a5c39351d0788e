package vn.congvan.ingest;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.util.List;

/**
 * PDFBox's text stripper that stops between two operators once {@link ReadWatchdog} has given up on the
 * reading (its thread is interrupted), so that an abandoned reading of a crafted PDF does not go on using
 * the processor.
 */
class AbandonableStripper extends PDFTextStripper {
    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        ReadWatchdog.stopIfAbandoned();
        super.processOperator(operator, operands);
    }
}
