namespace SmtpCodes.Bounces.Decoders;

/// <summary>Every format decoder, in the order they are tried: the standard reports first, the specific text formats next, the catch-alls last.</summary>
internal static class BounceFormats
{
    public static readonly IBounceFormat[] All =
    [
        new FeedbackReportFormat(),
        new DeliveryStatusFormat(),
        new AmazonSesFormat(),
        new GoogleGroupsFormat(),
        new FmlFormat(),
        new GmailFormat(),
        new QmailFormat(),
        new EximFormat(),
        new DragonFlyFormat(),
        new Exchange2003Format(),
        new OpenSmtpdFormat(),
        new SendmailV5Format(),
        new GenericTextFormat(),
        new AutoReplyFormat(),
    ];
}
