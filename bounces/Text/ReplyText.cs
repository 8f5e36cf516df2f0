namespace SmtpCodes.Bounces;

/// <summary>The server reply a diagnostic quotes, as an <see cref="SmtpResponse"/>.</summary>
internal static class ReplyText
{
    /// <summary>The reply (code, enhanced code, the text after them), or <see langword="null"/> when the diagnostic quotes no code.</summary>
    public static SmtpResponse? Parse(string diagnostic)
    {
        ReplyScanner.Found found = ReplyScanner.Scan(diagnostic);
        if (!found.HasCode)
        {
            return null;
        }

        int p = found.ReplyStart + 3;
        while (p < diagnostic.Length && (diagnostic[p] == ' ' || diagnostic[p] == '-'))
        {
            p++;
        }

        if (found.Status is not null && ReplyScanner.TryStatusAt(diagnostic, p, out EnhancedStatusCode atStart, out int end) && atStart == found.Status)
        {
            p = end;
        }

        string text = p < diagnostic.Length ? TextLines.Squeeze(diagnostic.Substring(p)) : string.Empty;
        return new SmtpResponse((SmtpReply)found.Code, found.Status, text);
    }
}
