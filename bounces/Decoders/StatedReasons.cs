namespace SmtpCodes.Bounces.Decoders;

/// <summary>Hard or soft for the reasons a decoder states itself (from the email's own form, not from a reply).</summary>
internal static class StatedReasons
{
    public static bool? IsHardBounce(BounceReason reason) => reason switch
    {
        BounceReason.Delivered or BounceReason.Vacation or BounceReason.Feedback => null,
        BounceReason.UserUnknown or BounceReason.HostUnknown or BounceReason.HasMoved or BounceReason.NotAccept => true,
        _ => false,
    };
}
