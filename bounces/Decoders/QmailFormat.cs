namespace SmtpCodes.Bounces.Decoders;

/// <summary>
/// qmail and its descendants (netqmail, the Yahoo! and Verizon notices built on it): "&lt;addr&gt;:" on a line of its own,
/// the remote host's words under it, and "--- Below this line is a copy of the message."
/// </summary>
internal sealed class QmailFormat : TextBounceFormat
{
    public override string Name => "qmail";

    protected override string[] StartMarkers => ["I'm afraid I wasn't able to deliver", "unable to deliver your message to the following", "This is a permanent error", "I'm not going to try again"];

    protected override bool Recognizes(BounceEmail email) =>
        TextLines.Has(email.Body, "This is the qmail-send program") ||
        TextLines.Has(email.Body, "--- Below this line is a copy of the message") ||
        TextLines.Has(email.Body, "--- Enclosed are the original headers of the message") ||
        TextLines.Has(email.Body, "wasn't able to deliver your message to the following");
}
