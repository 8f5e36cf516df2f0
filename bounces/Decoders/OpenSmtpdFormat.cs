namespace SmtpCodes.Bounces.Decoders;

/// <summary>OpenSMTPD's text notice: "the following list of recipients:", then "addr: reply" per line.</summary>
internal sealed class OpenSmtpdFormat : TextBounceFormat
{
    public override string Name => "OpenSMTPD";

    protected override string[] StartMarkers => ["following list of recipients", "following recipients"];

    protected override bool Recognizes(BounceEmail email) =>
        TextLines.Has(email.Body, "This is the MAILER-DAEMON, please DO NOT REPLY") ||
        TextLines.Has(email.Header("Received") ?? string.Empty, "OpenSMTPD") && BounceSenders.IsDaemon(email);
}
