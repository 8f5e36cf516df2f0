using System.Collections.Generic;

namespace SmtpCodes.Bounces.Decoders;

/// <summary>
/// Exchange 2000/2003 notices: "Your message ... did not reach the following recipient(s):", then
/// "addr on date" with the reason and an MSEXCH diagnostic indented under it.
/// </summary>
internal sealed class Exchange2003Format : TextBounceFormat
{
    public override string Name => "Exchange2003";

    protected override string[] StartMarkers => ["did not reach the following recipient"];

    protected override bool Recognizes(BounceEmail email) =>
        TextLines.Has(email.Body, "did not reach the following recipient") &&
        (TextLines.Has(email.Body, "MSEXCH:") || TextLines.Has(email.Header("X-Mailer") ?? string.Empty, "Internet Mail Service") || TextLines.Has(email.Header("X-MimeOLE") ?? string.Empty, "Exchange"));
}
