namespace SmtpCodes.Bounces.Decoders;

/// <summary>
/// DragonFly Mail Agent (dma): "There was an error delivering your mail to &lt;addr&gt;.", then the remote host's
/// reply, then "Message headers follow."
/// </summary>
internal sealed class DragonFlyFormat : TextBounceFormat
{
    public override string Name => "DragonFly";

    protected override bool Recognizes(BounceEmail email) =>
        TextLines.Has(email.Body, "DragonFly Mail Agent") || TextLines.Has(email.Header("Received") ?? string.Empty, "DragonFly Mail Agent");
}
