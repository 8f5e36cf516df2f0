namespace SmtpCodes.Bounces.Decoders;

/// <summary>
/// Exim and the hosts that run it (mail.ru, and many hosting providers): "This message was created automatically by
/// mail delivery software", the failed addresses indented, each followed by its error indented further.
/// </summary>
internal sealed class EximFormat : TextBounceFormat
{
    public override string Name => "Exim";

    protected override string[] StartMarkers => ["The following address(es) failed", "could not be delivered to one or more of its", "has not yet been delivered to the following"];

    protected override bool Recognizes(BounceEmail email) =>
        (TextLines.Has(email.Body, "This message was created automatically by mail delivery software") ||
         TextLines.Has(email.Body, "This is a copy of the message, including all the headers") ||
         email.Header("X-Failed-Recipients") is not null && TextLines.Has(email.Body, "following address(es)")) &&
        !TextLines.Has(email.Body, "qmail-send");

    protected override void Complete(BounceEmail email, RecipientRecord record)
    {
        base.Complete(email, record);

        // Exim names a pipe transport's address "pipe to |/path/to/program": the message went to a program.
        record.ToProgram |= TextLines.Has(record.Diagnostic, "pipe to |");
    }
}
