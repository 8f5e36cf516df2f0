using SmtpCodes.Bounces.Decoders;

namespace SmtpCodes.Bounces;

/// <summary>What the classifier says about one recipient's diagnostic.</summary>
internal readonly record struct Classification(
    BounceReason Reason,
    bool? IsHardBounce,
    EnhancedStatusCode? Status,
    SmtpResponse? Reply,
    string MatchedBy);

/// <summary>
/// The one place where bounces meet the classifier. PLACEHOLDER until SmtpDiagnosis (issue 9) lands on main: it only
/// reads the reply code and the enhanced code, and leaves the reason Undefined.
/// </summary>
internal static class BounceClassification
{
    /// <summary>Classifies a diagnostic in the context the email gives.</summary>
    /// <param name="diagnostic">The diagnostic text as the email gives it.</param>
    /// <param name="status">The status the email states for the recipient, if any.</param>
    /// <param name="remoteHost">The remote server, if known.</param>
    /// <returns>The classification.</returns>
    public static Classification Classify(string diagnostic, EnhancedStatusCode? status, string? remoteHost)
    {
        _ = remoteHost;
        SmtpResponse? reply = ReplyText.Parse(diagnostic);
        EnhancedStatusCode? found = status ?? reply?.EnhancedCode ?? ReplyScanner.FirstStatus(diagnostic);
        return new Classification(BounceReason.Undefined, null, found, reply, string.Empty);
    }
}
