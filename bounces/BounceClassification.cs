namespace SmtpCodes.Bounces;

/// <summary>What the classifier says about one recipient's diagnostic.</summary>
internal readonly record struct Classification(
    BounceReason Reason,
    bool? IsHardBounce,
    EnhancedStatusCode? Status,
    SmtpResponse? Reply,
    SmtpCommand Command,
    string MatchedBy);

/// <summary>
/// The one place where bounces meet the classifier, <see cref="SmtpDiagnosis"/> (issue 9): it finds the reply in the
/// diagnostic and decides the reason, with the DSN's status, the remote host and the SMTP command as context. The decoders add only what
/// the bounce email itself says (an auto-reply, a feedback report, a delivery, an expired delay).
/// </summary>
internal static class BounceClassification
{
    /// <summary>Classifies a diagnostic in the context the email gives.</summary>
    /// <param name="diagnostic">The diagnostic text as the email gives it.</param>
    /// <param name="status">The status the email states for the recipient, if any.</param>
    /// <param name="remoteHost">The remote server, if known.</param>
    /// <param name="command">The command the notice says the reply answered (a transcript's <c>&gt;&gt;&gt; DATA</c>), if it does.</param>
    /// <returns>The classification.</returns>
    public static Classification Classify(string diagnostic, EnhancedStatusCode? status, string? remoteHost, SmtpCommand command)
    {
        SmtpDiagnosis diagnosis = SmtpDiagnosis.Analyze(diagnostic, new DiagnosisContext(status, remoteHost, command));
        SmtpResponse? reply = null;
        if (diagnosis.Code != 0)
        {
            // The enhanced code of the reply is the one the text gives; the DSN's status is context, not the reply.
            EnhancedStatusCode? replied = diagnosis.EnhancedCode is { } e && (int)e.Class == diagnosis.Code / 100 && (status is null || e != status || ReplyScanner.FirstStatus(diagnostic) == e) ? e : null;
            reply = new SmtpResponse((SmtpReply)diagnosis.Code, replied, TextLines.Squeeze(diagnosis.Text));
        }

        return new Classification(diagnosis.Reason, diagnosis.IsHardBounce, diagnosis.EnhancedCode, reply, diagnosis.Command, diagnosis.MatchedBy);
    }
}
