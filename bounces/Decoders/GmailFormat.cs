namespace SmtpCodes.Bounces.Decoders;

/// <summary>
/// Gmail's own notices (before it sent RFC 3464 reports): "Delivery to the following recipient failed permanently:",
/// the address indented, then "Technical details of permanent failure" and the remote server's words.
/// </summary>
internal sealed class GmailFormat : TextBounceFormat
{
    public override string Name => "Gmail";

    protected override bool Recognizes(BounceEmail email) =>
        (TextLines.Has(email.FromAddress, "@googlemail.com") || TextLines.Has(email.FromAddress, "@google.com") || TextLines.Has(email.FromAddress, "@gmail.com")) &&
        (TextLines.Has(email.Body, "Delivery to the following recipient") || TextLines.Has(email.Body, "Technical details of") || TextLines.Has(email.Body, "Google tried to deliver"));
}
