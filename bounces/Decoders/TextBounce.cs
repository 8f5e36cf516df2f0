using System;
using System.Collections.Generic;
using System.Text;

namespace SmtpCodes.Bounces.Decoders;

/// <summary>
/// The reading that text bounces share, whatever the MTA: cut the notice from the returned message, find the lines that
/// name a recipient, and take what follows each as its diagnostic. Format decoders say where the notice starts and ends
/// and what their recipient lines look like; this does the rest.
/// </summary>
internal static class TextBounce
{
    /// <summary>Lines after which the returned message (or its headers) follows, in many MTAs' words.</summary>
    public static readonly string[] CommonEndMarkers =
    [
        "------ This is a copy of the message",
        "--- Below this line is a copy of the message",
        "----- Original message -----",
        "----- Unsent message follows -----",
        "----- Original message follows -----",
        "--- Original message follows",
        "------ Original message follows",
        "Message headers follow",
        "Below is a copy of the original message",
        "----- The header of the original message is following",
        "--- The header of the original message is following",
        "Original message headers:",
        "------ Failed Message Body ------",
        "Content-Type: message/rfc822",
        "Content-Type: text/rfc822-headers",
        "------- original message follows",
        "--- Original Message ---",
        "-----Original Message-----",
        "----- Message header follows -----",
        "---- The original message is attached",
        "Your original message is included as attachment",
        "------ Headers of the original message",
        "Original Message:",
        "------- Returned Message",
        "Original message follows",
        "-------original message",
        "-------original mail info",
    ];

    /// <summary>The lines of the notice: after the first start marker (or from the top), up to the first end marker.</summary>
    public static (int Start, int End) Notice(string[] lines, string[] startMarkers, string[] endMarkers)
    {
        int start = 0;
        if (startMarkers.Length > 0)
        {
            int found = TextLines.FindLine(lines, 0, startMarkers);
            if (found >= 0)
            {
                start = found + 1;
            }
        }

        int end = TextLines.FindLine(lines, start, endMarkers);
        end = end < 0 ? lines.Length : end;

        // Without a marker, the returned message starts where its headers do.
        for (int i = start; i < end; i++)
        {
            if (IsOriginalHeaderLine(lines[i]))
            {
                return (start, i);
            }
        }

        return (start, end);
    }

    private static readonly string[] OriginalHeaderStarts = ["Received:", "Return-Path:", "DKIM-Signature:", "X-Received:", "ARC-Seal:", "Message-ID:", "X-Google-Smtp-Source:", "Authentication-Results:"];

    private static bool IsOriginalHeaderLine(string line)
    {
        if (line.Length == 0 || line[0] == ' ' || line[0] == '\t')
        {
            return false;
        }

        foreach (string header in OriginalHeaderStarts)
        {
            if (line.StartsWith(header, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reads recipient blocks: a line that starts with an address (<c>addr</c>, <c>&lt;addr&gt;:</c>, <c>addr: text</c>,
    /// <c>addr on date</c>) starts a block, and the lines up to the next such line are its diagnostic. Without such lines,
    /// the first address the notice names in angle brackets, then <c>X-Failed-Recipients</c>, then the returned message's
    /// <c>To</c>, each with the whole notice as its diagnostic.
    /// </summary>
    public static void ReadBlocks(BounceEmail email, string[] lines, int start, int end, List<RecipientRecord> records)
    {
        string sender = BounceEmail.FirstAddress(email.Message.To) ?? string.Empty;
        RecipientRecord? current = null;
        var block = new StringBuilder();
        int leadStart = start;
        string lead = string.Empty;

        void Close()
        {
            if (current is not null)
            {
                string text = block.ToString().Trim();

                // "The account is disabled.\n<addr>": a notice that gives the reason before the address.
                if (text.Length == 0)
                {
                    text = lead;
                }

                current.Diagnostic = Clip(text);
                current.DiagnosticLines = text.Length > 4000 ? text.Substring(0, 4000) : text;
                AddOrMerge(records, current);
            }

            block.Clear();
        }

        int firstRecipientLine = -1;
        for (int i = start; i < end; i++)
        {
            if ((StartsWithAddress(lines[i], out string address, out string rest) || EndsWithAddress(lines[i], out address, out rest)) && !IsSelf(email, address, sender: string.Empty) && !ContinuesIdHeader(lines, i) && !ContinuesReply(lines, i, start, current, address))
            {
                firstRecipientLine = firstRecipientLine < 0 ? i : firstRecipientLine;
                Close();
                lead = current is null ? LastLines(lines, leadStart, i, 4) : string.Empty;
                current = new RecipientRecord(address);
                block.Append(rest);
                continue;
            }

            if (current is not null)
            {
                block.Append('\n').Append(lines[i]);
            }
        }

        Close();

        // "Could not be delivered because of\n\n550 5.1.1 User unknown\n\nThe following recipients were affected:\n addr":
        // a notice about one recipient that quotes the reply before naming it, and says nothing of it after.
        if (records.Count == 1 && firstRecipientLine > start && ReplyScanner.Scan(records[0].DiagnosticLines ?? records[0].Diagnostic).Code < 400)
        {
            string[] before = new string[firstRecipientLine - start];
            Array.Copy(lines, start, before, 0, before.Length);
            string reply = FirstFailureReply(before);
            if (reply.Length > 0)
            {
                records[0].Diagnostic = reply;
                records[0].DiagnosticLines = reply;
            }
        }

        if (records.Count > 0)
        {
            return;
        }

        string notice = Clip(string.Join("\n", lines, start, Math.Max(0, end - start)));
        foreach (string address in FallbackRecipients(email, lines, start, end, sender))
        {
            records.Add(new RecipientRecord(address) { Diagnostic = DiagnosticAfter(lines, start, end, address) ?? notice });
        }
    }

    // "<addr>: host mx said: 550\n    <addr>: User unknown": Postfix folds a reply that quotes the recipient onto indented
    // lines, so an indented line right under the block's text that names the same address continues it.
    private static bool ContinuesReply(string[] lines, int i, int start, RecipientRecord? current, string address) =>
        current is not null && i > start && lines[i].Length > 0 && char.IsWhiteSpace(lines[i][0]) && lines[i - 1].Trim().Length > 0 &&
        string.Equals(address, current.Recipient, StringComparison.OrdinalIgnoreCase);

    // "<id@host>" on the line after "Message-Id:" or "References:" is a message id, not a recipient.
    private static bool ContinuesIdHeader(string[] lines, int i)
    {
        string previous = i > 0 ? lines[i - 1].Trim() : string.Empty;
        return TextLines.Has(previous, "Message-Id") || TextLines.Has(previous, "References") || TextLines.Has(previous, "In-Reply-To") ||
               lines[i].TrimStart().StartsWith("> ", StringComparison.Ordinal);
    }

    // The last few non-blank lines before a recipient line, for notices that state the error first.
    private static string LastLines(string[] lines, int from, int to, int count)
    {
        var taken = new List<string>();
        for (int i = to - 1; i >= from && taken.Count < count; i--)
        {
            string line = lines[i].Trim();
            if (line.Length == 0)
            {
                if (taken.Count > 0)
                {
                    break;
                }

                continue;
            }

            taken.Insert(0, line);
        }

        return string.Join("\n", taken);
    }

    /// <summary>The lines after the one naming <paramref name="recipient"/> up to a blank line, when they quote a reply; else empty.</summary>
    public static string DiagnosticNear(string[] lines, string recipient)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].IndexOf(recipient, StringComparison.OrdinalIgnoreCase) < 0)
            {
                continue;
            }

            var text = new StringBuilder(lines[i]);
            for (int j = i + 1; j < lines.Length && j < i + 8 && lines[j].Trim().Length > 0; j++)
            {
                if (StartsWithAddress(lines[j], out string other, out _) && !other.Equals(recipient, StringComparison.OrdinalIgnoreCase))
                {
                    break;
                }

                text.Append('\n').Append(lines[j]);
            }

            string candidate = text.ToString();
            if (ReplyScanner.Scan(candidate).HasCode)
            {
                return Clip(candidate);
            }
        }

        return string.Empty;
    }

    /// <summary>
    /// What the notice says about <paramref name="recipient"/> in words, without a reply code: the text after the
    /// address on a line that starts with it (<c>addr: Domain does not exist</c>, <c>&lt;addr&gt;... Deferred: …</c>),
    /// with the lines that continue it up to a blank line; empty when no such line says anything.
    /// </summary>
    public static string StatementNear(string[] lines, string recipient)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].IndexOf(recipient, StringComparison.OrdinalIgnoreCase) < 0 || !StartsWithAddress(lines[i], out string address, out string rest) ||
                !address.Equals(recipient, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var text = new StringBuilder(rest);
            for (int j = i + 1; j < lines.Length && j < i + 8 && lines[j].Trim().Length > 0; j++)
            {
                if (StartsWithAddress(lines[j], out _, out _))
                {
                    break;
                }

                text.Append('\n').Append(lines[j].Trim());
            }

            string statement = text.ToString().Trim();
            if (HasWords(statement))
            {
                return Clip(statement);
            }
        }

        return string.Empty;
    }

    /// <summary>
    /// The first failure reply a session transcript in the notice quotes (<c>554 5.3.0 unknown mailer error 255</c>,
    /// <c>&lt;&lt;&lt; 451 4.0.0 …</c>), a line that starts with a 4xx or 5xx code; empty when there is none. Only for a
    /// notice about one recipient, where whatever failed failed for it.
    /// </summary>
    public static string FirstFailureReply(string[] lines)
    {
        foreach (string line in lines)
        {
            string t = line.Trim();
            if (t.StartsWith("<<<", StringComparison.Ordinal))
            {
                t = t.Substring(3).TrimStart();
            }

            if (t.Length > 4 && t[0] is '4' or '5' && char.IsDigit(t[1]) && char.IsDigit(t[2]) && t[3] is ' ' or '-' && ReplyScanner.Scan(t).ReplyStart == 0)
            {
                return Clip(t);
            }
        }

        return string.Empty;
    }

    // At least two letters in a row: "Domain does not exist" says something, "(...)" and "-" do not.
    private static bool HasWords(string text)
    {
        for (int i = 1; i < text.Length; i++)
        {
            if (char.IsLetter(text[i]) && char.IsLetter(text[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a line starts with an address that it is about: alone, bracketed, followed by a colon, a date or text.</summary>
    public static bool StartsWithAddress(string line, out string address, out string rest)
    {
        address = string.Empty;
        rest = string.Empty;
        string t = line.Trim();
        if (t.Length < 3 || t.IndexOf('@') < 0)
        {
            return false;
        }

        // ">>> addr <addr>": Active!Hunter and other Sendmail imitators mark the failed address.
        if (t.StartsWith(">>> ", StringComparison.Ordinal))
        {
            t = t.Substring(4).TrimStart();
        }

        // The address runs to the first white space, or through its closing angle bracket.
        int end;
        if (t[0] == '<' || t[0] == '"')
        {
            end = t.IndexOf(t[0] == '<' ? '>' : '"', 1);
            if (end < 0)
            {
                return false;
            }

            end++;
        }
        else
        {
            end = 0;
            while (end < t.Length && !char.IsWhiteSpace(t[end]) && t[end] != ':' && t[end] != ',' && t[end] != ';' && t[end] != '(')
            {
                end++;
            }

            // Sendmail's "addr... Deferred: …" without brackets: the dots after the address are not part of it.
            while (end > 0 && t[end - 1] == '.')
            {
                end--;
            }
        }

        if (!AddressScanner.IsAddress(t.Substring(0, end), out address))
        {
            return false;
        }

        rest = t.Substring(end).TrimStart();
        if (rest.Length == 0)
        {
            return true;
        }

        char first = rest[0];
        if (first is ':' or ',' or ';' or '(' or '.' or '[' || TextLines.Starts(rest, "on ") || TextLines.Starts(rest, "- ") || TextLines.Starts(rest, "..."))
        {
            rest = rest.TrimStart(':', ',', ';', '.', '-', ' ');
            return true;
        }

        // "addr 550 5.1.1 ..." and "addr  User unknown" (OpenSMTPD, Domino) also name a recipient.
        // "addr 550 5.1.1 ...", "addr  User unknown" (OpenSMTPD, Domino) and "addr Invalid Address, ..." also name a recipient.
        return char.IsDigit(first) || IsTabulated(line) || (rest.Length < 300 && char.IsUpper(first));
    }

    /// <summary>
    /// Whether a line introduces a recipient at its end: <c>Recipient address: addr</c>, <c>RCPT TO: &lt;addr&gt;</c>,
    /// <c>Could not be delivered to: &lt;addr&gt;</c>, <c>Delivery failed 20 attempts: addr</c>. Not a sender's line.
    /// </summary>
    public static bool EndsWithAddress(string line, out string address, out string rest)
    {
        address = string.Empty;
        rest = string.Empty;
        string t = line.Trim().TrimEnd('.', ' ');
        int colon = t.LastIndexOf(':');
        if (colon <= 0 || colon > 60 || t.IndexOf('@') < colon)
        {
            return false;
        }

        string label = t.Substring(0, colon);
        if (TextLines.Has(label, "from") || TextLines.Has(label, "sender") || TextLines.Has(label, "reply") || TextLines.Has(label, "return") ||
            TextLines.Has(label, "envelope") || TextLines.Has(label, "cc") || label.Trim().Equals("To", StringComparison.OrdinalIgnoreCase) || label.IndexOf('@') >= 0)
        {
            return false;
        }

        if (!AddressScanner.IsAddress(t.Substring(colon + 1), out address))
        {
            return false;
        }

        // "Unknown user: addr" says why; "Recipient address: addr" does not.
        rest = TextLines.Has(label, "recipient") || TextLines.Has(label, "address") || TextLines.Has(label, "RCPT") ? string.Empty : label.Trim();
        return true;
    }

    /// <summary>The host a diagnostic names as the remote server: <c>host mx.example.org [192.0.2.1]</c>, <c>remote host 192.0.2.1 said</c>, and the like.</summary>
    public static string? RemoteHost(string diagnostic)
    {
        string[] openers = ["host ", "by ", "remote host ", "from ", "Remote-MTA: ", "server "];
        foreach (string opener in openers)
        {
            int from = 0;
            while (true)
            {
                int at = diagnostic.IndexOf(opener, from, StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    break;
                }

                from = at + opener.Length;
                if (at > 0 && char.IsLetter(diagnostic[at - 1]))
                {
                    continue;
                }

                int end = from;
                while (end < diagnostic.Length && !char.IsWhiteSpace(diagnostic[end]) && diagnostic[end] is not '[' and not ']' and not ',' and not ':' and not '(' and not ')' and not ';')
                {
                    end++;
                }

                string host = diagnostic.Substring(from, end - from).TrimEnd('.');
                if (LooksLikeHost(host))
                {
                    return host;
                }
            }
        }

        return null;
    }

    /// <summary>Text as the diagnostic: white space squeezed and at most 2,000 characters.</summary>
    public static string Clip(string text)
    {
        string squeezed = TextLines.Squeeze(text);
        return squeezed.Length > 2000 ? squeezed.Substring(0, 2000) : squeezed;
    }

    /// <summary>Adds a record, or fills in an earlier one for the same address that had no reply.</summary>
    public static void AddOrMerge(List<RecipientRecord> records, RecipientRecord record)
    {
        foreach (RecipientRecord existing in records)
        {
            if (existing.Recipient.Equals(record.Recipient, StringComparison.OrdinalIgnoreCase))
            {
                bool existingHasCode = ReplyScanner.Scan(existing.DiagnosticLines ?? existing.Diagnostic).HasCode;
                if ((!existingHasCode && ReplyScanner.Scan(record.DiagnosticLines ?? record.Diagnostic).HasCode) || existing.Diagnostic.Length == 0)
                {
                    existing.Diagnostic = record.Diagnostic;
                    existing.DiagnosticLines = record.DiagnosticLines;
                }

                return;
            }
        }

        records.Add(record);
    }

    private static string? DiagnosticAfter(string[] lines, int start, int end, string address)
    {
        for (int i = start; i < end; i++)
        {
            int at = lines[i].IndexOf(address, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                // The whole sentence: "Unable to deliver message to <addr> (…)" says why on both sides of the address.
                string after = Clip(lines[i] + "\n" + string.Join("\n", lines, i + 1, end - i - 1));
                return after.Length > 0 ? after : Clip(lines[i]);
            }
        }

        return null;
    }

    private static IEnumerable<string> FallbackRecipients(BounceEmail email, string[] lines, int start, int end, string sender)
    {
        for (int i = start; i < end; i++)
        {
            string line = lines[i];
            if (TextLines.Has(line, "MAIL FROM") || TextLines.Starts(line.TrimStart(), "From:") || TextLines.Starts(line.TrimStart(), "Reply-To:"))
            {
                continue;
            }

            int open = line.IndexOf('<');
            while (open >= 0)
            {
                int close = line.IndexOf('>', open + 1);
                if (close < 0)
                {
                    break;
                }

                if (AddressScanner.IsAddress(line.Substring(open + 1, close - open - 1), out string address) && !IsSelf(email, address, sender))
                {
                    yield return address;
                    yield break;
                }

                open = line.IndexOf('<', close + 1);
            }
        }

        for (int i = start; i < end; i++)
        {
            string line = lines[i];
            if (TextLines.Has(line, "MAIL FROM") || TextLines.Has(line, "From:") || TextLines.Has(line, "Reply-To:") || TextLines.Has(line, "Sender") || TextLines.Has(line, "Message-ID") || TextLines.Has(line, "envelope-from"))
            {
                continue;
            }

            foreach (AddressScanner.Found found in AddressScanner.FindAll(line))
            {
                if (!IsSelf(email, found.Address, sender))
                {
                    yield return found.Address;
                    yield break;
                }
            }
        }

        foreach (string header in new[] { "X-Failed-Recipients", "X-Original-To" })
        {
            string? value = email.Header(header);
            if (value is null)
            {
                continue;
            }

            bool any = false;
            foreach (AddressScanner.Found found in AddressScanner.FindAll(value))
            {
                any = true;
                yield return found.Address;
            }

            if (any)
            {
                yield break;
            }
        }

        string? failed = null;
        if (failed is not null)
        {
            bool any = false;
            foreach (AddressScanner.Found found in AddressScanner.FindAll(failed))
            {
                any = true;
                yield return found.Address;
            }

            if (any)
            {
                yield break;
            }
        }

        if (email.Original is { } original && BounceEmail.FirstAddress(original.To) is { } to)
        {
            yield return to;
            yield break;
        }

        string? embeddedTo = OriginalHeaders.Find(lines, end, "To");
        if (embeddedTo is not null && AddressScanner.First(embeddedTo) is { } embedded)
        {
            yield return embedded;
        }
    }

    private static bool IsSelf(BounceEmail email, string address, string sender) =>
        address.Equals(sender, StringComparison.OrdinalIgnoreCase) ||
        address.Equals(email.FromAddress, StringComparison.OrdinalIgnoreCase) ||
        TextLines.Starts(address, "mailer-daemon@") || TextLines.Starts(address, "postmaster@");

    // "addr   reason" in a column layout: two or more spaces, or a tab, after the address.
    private static bool IsTabulated(string line)
    {
        string t = line.TrimStart();
        int space = t.IndexOfAny([' ', '\t']);
        return space > 0 && space + 1 < t.Length && (t[space] == '\t' || t[space + 1] == ' ');
    }

    private static bool LooksLikeHost(string host)
    {
        if (host.Length < 4 || host.IndexOf('.') <= 0 || host.IndexOf('@') >= 0)
        {
            return false;
        }

        foreach (char c in host)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c is '.' or '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
