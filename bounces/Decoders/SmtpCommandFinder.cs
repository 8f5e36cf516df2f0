using System;

namespace SmtpCodes.Bounces.Decoders;

/// <summary>
/// Finds the SMTP command near a recipient: in its diagnostic, else in the lines around its address in the notice,
/// else (when the email has one recipient) anywhere in the notice.
/// </summary>
internal static class SmtpCommandFinder
{
    private static readonly (string Marker, SmtpCommand Command)[] Markers =
    [
        ("end of DATA command", SmtpCommand.Data),
        ("reply to DATA command", SmtpCommand.Data),
        ("after end of data", SmtpCommand.Data),
        ("after DATA", SmtpCommand.Data),
        (">>> DATA", SmtpCommand.Data),
        ("SMTP command DATA", SmtpCommand.Data),
        ("our final DATA", SmtpCommand.Data),
        ("RCPT TO command", SmtpCommand.RcptTo),
        ("after RCPT", SmtpCommand.RcptTo),
        (">>> RCPT", SmtpCommand.RcptTo),
        ("our RCPT TO", SmtpCommand.RcptTo),
        ("MAIL FROM command", SmtpCommand.MailFrom),
        ("after MAIL FROM", SmtpCommand.MailFrom),
        (">>> MAIL", SmtpCommand.MailFrom),
        ("HELO command", SmtpCommand.Hello),
        ("EHLO command", SmtpCommand.Hello),
        ("after initial connection", SmtpCommand.Connect),
    ];

    public static SmtpCommand Find(BounceEmail email, string recipient, string diagnostic, bool onlyRecipient)
    {
        SmtpCommand command = In(diagnostic);
        if (command != SmtpCommand.Unknown)
        {
            return command;
        }

        string[] lines = email.Lines;
        int end = email.OriginalLine > 0 ? email.OriginalLine : lines.Length;
        for (int i = 0; i < end; i++)
        {
            if (lines[i].IndexOf(recipient, StringComparison.OrdinalIgnoreCase) < 0)
            {
                continue;
            }

            command = In(TextLines.Squeeze(string.Join(" ", lines, i, Math.Min(16, end - i))));
            if (command != SmtpCommand.Unknown)
            {
                return command;
            }
        }

        return onlyRecipient ? In(TextLines.Squeeze(string.Join(" ", lines, 0, Math.Min(end, 200)))) : SmtpCommand.Unknown;
    }

    private static SmtpCommand In(string text)
    {
        // A pipelining client sends RCPT TO and DATA together: ">>> DATA" followed by "503 Need RCPT" means the refusal
        // quoted under DATA answered the RCPT TO.
        if (TextLines.Has(text, "Need RCPT") || TextLines.Has(text, "RCPT command must precede") || TextLines.Has(text, "RCPT commands were rejected") || TextLines.Has(text, "No valid recipients"))
        {
            return SmtpCommand.RcptTo;
        }

        int best = int.MaxValue;
        SmtpCommand found = SmtpCommand.Unknown;
        foreach ((string marker, SmtpCommand command) in Markers)
        {
            int at = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && at < best)
            {
                best = at;
                found = command;
            }
        }

        return found;
    }
}
