/**
 * Mail for congvan, independent of the ledger: it takes and returns model records and plain values.
 * <ul>
 * <li>Send: {@link vn.congvan.mail.DispatchMailComposer} writes one unit's mail,
 * {@link vn.congvan.mail.Distributor} sends to many through a {@link vn.congvan.mail.MailTransport}
 * ({@link vn.congvan.mail.OutboxTransport} by default, or {@link vn.congvan.mail.SmtpTransport}).</li>
 * <li>Collect: a {@link vn.congvan.mail.MailSource} ({@link vn.congvan.mail.ImapSource},
 * {@link vn.congvan.mail.MboxSource}, {@link vn.congvan.mail.MaildirSource}, {@link vn.congvan.mail.EmlSource})
 * yields {@link vn.congvan.mail.IncomingMail}s and says which it skipped and why; sizes are capped and Office
 * attachments checked for zip bombs by ingest's {@link vn.congvan.ingest.UnpackGuard} and {@link vn.congvan.ingest.InputLimits}.</li>
 * <li>Understand: {@link vn.congvan.mail.ReplyClassifier} turns a mail into a
 * {@link vn.congvan.mail.Classification}; {@link vn.congvan.mail.ComplianceTextParser} reads per-item statuses.</li>
 * <li>Keep the mailbox safe: {@link vn.congvan.mail.PhishingCheck}, {@link vn.congvan.mail.QuotaCheck},
 * {@link vn.congvan.mail.MailArchiver}.</li>
 * </ul>
 * User-facing text is Vietnamese, from {@code messages.properties} in this package.
 */
package vn.congvan.mail;
