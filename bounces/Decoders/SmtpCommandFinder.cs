using System;

namespace SmtpCodes.Bounces.Decoders;

/// <summary>
/// Finds the SMTP command a recipient's refusal answered where the notice says it outside the diagnostic: in a session
/// transcript (<c>&gt;&gt;&gt; DATA</c> before the <c>&lt;&lt;&lt; 550 …</c> that names the recipient), in the paragraph
/// around the recipient's address (<c>(in reply to RCPT TO command)</c>, <c>SMTP command: DATA</c>), or, when the email
/// has one recipient, anywhere in the notice. The words themselves are read by <see cref="SmtpDiagnosis.FindCommand"/>,
/// the runtime's one reader of commands; this adds only what a whole notice shows and a single reply cannot, such as
/// pipelining.
/// </summary>
internal static class SmtpCommandFinder
{
    // A paragraph is read at most this many lines either side of the recipient's line: transcripts are short, and a
    // notice without blank lines should not make one recipient's window the whole email.
    private const int Reach = 16;

    /// <summary>The command, or <see cref="SmtpCommand.Unknown"/> when the notice does not say.</summary>
    /// <param name="email">The bounce.</param>
    /// <param name="recipient">The recipient's address.</param>
    /// <param name="diagnostic">The recipient's diagnostic text.</param>
    /// <param name="onlyRecipient">Whether the email is about this recipient alone, so that a command anywhere in it is this one's.</param>
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

            command = In(Around(lines, i, end));
            if (command != SmtpCommand.Unknown)
            {
                return command;
            }
        }

        return onlyRecipient ? In(string.Join("\n", lines, 0, Math.Min(end, 200))) : SmtpCommand.Unknown;
    }

    /// <summary>
    /// The paragraph around line <paramref name="at"/>: back to the blank line before it, and on to the blank line after
    /// it or the next command a transcript sends (<c>&gt;&gt;&gt; …</c>), which starts another exchange. The replies that
    /// follow the recipient's line within its exchange stay in: a pipelining server answers them all at once.
    /// </summary>
    private static string Around(string[] lines, int at, int end)
    {
        int first = at;
        while (first > 0 && at - first < Reach && lines[first - 1].Trim().Length > 0)
        {
            first--;
        }

        int last = at;
        while (last + 1 < end && last - at < Reach && lines[last + 1].Trim().Length > 0 && !IsSentCommand(lines[last + 1]))
        {
            last++;
        }

        return string.Join("\n", lines, first, last - first + 1);
    }

    private static bool IsSentCommand(string line) => line.TrimStart().StartsWith(">>>", StringComparison.Ordinal);

    /// <summary>The command a text names last, with what a notice adds to what a single reply says.</summary>
    private static SmtpCommand In(string text)
    {
        SmtpCommand command = SmtpDiagnosis.FindCommand(text.AsSpan());

        // A pipelining client sends RCPT TO and DATA together, so a transcript shows ">>> DATA" before the replies to
        // the RCPT TOs; a later "503 Need RCPT" (or "no valid recipients") says the refusals were of the recipients.
        if (command == SmtpCommand.Data && RefusesDataForWantOfRecipients(text))
        {
            return SmtpCommand.RcptTo;
        }

        return command;
    }

    private static bool RefusesDataForWantOfRecipients(string text) =>
        TextLines.Has(text, "Need RCPT") || TextLines.Has(text, "RCPT command must precede") || TextLines.Has(text, "RCPT commands were rejected") ||
        TextLines.Has(text, "No valid recipients") || TextLines.Has(text, "RCPT first");
}
