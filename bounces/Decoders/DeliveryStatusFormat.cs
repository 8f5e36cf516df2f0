using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using MimeKit;

namespace SmtpCodes.Bounces.Decoders;

/// <summary>
/// RFC 3464 delivery status notifications: a <c>message/delivery-status</c> part, read through MimeKit's
/// <see cref="MessageDeliveryStatus.StatusGroups"/> (or field by field when a sender breaks its syntax). One record per
/// per-recipient group; a group without a diagnostic takes the reply that the notice's text quotes for that recipient.
/// </summary>
internal sealed class DeliveryStatusFormat : IBounceFormat
{
    public string Name => "RFC3464";

    public bool TryDecode(BounceEmail email, List<RecipientRecord> records)
    {
        List<HeaderList> groups;
        if (email.DeliveryStatus is { } part)
        {
            groups = ReadGroups(part);
        }
        else if (!TextFields(email, out groups))
        {
            return false;
        }

        if (groups.Count == 0)
        {
            return false;
        }

        // The first group is about the message; a report with a single group that names a recipient has none.
        HeaderList perMessage = groups[0];
        int first = IsRecipientGroup(perMessage) ? 0 : 1;
        string? reportingMta = DsnFields.Typed(perMessage["Reporting-MTA"], out _);
        DateTimeOffset? arrival = DsnFields.Date(perMessage["Arrival-Date"]);
        for (int i = first; i < groups.Count; i++)
        {
            HeaderList group = groups[i];
            string? recipient = Recipient(group);
            if (recipient is null)
            {
                continue;
            }

            var record = new RecipientRecord(recipient)
            {
                Action = DsnFields.Action(group["Action"]),
                Status = DsnFields.Status(group["Status"]),
                RemoteMta = DsnFields.Typed(group["Remote-MTA"], out _),
                ReportingMta = reportingMta,
                ArrivalDate = arrival ?? DsnFields.Date(group["Last-Attempt-Date"]),
            };

            string? diagnostic = DsnFields.Typed(TextValue(group, "Diagnostic-Code"), out string? type);
            if (diagnostic is not null)
            {
                record.Diagnostic = diagnostic;
                record.DiagnosticType = type;
            }

            // "x-unix; 77" is a program's exit status, not a reply: the reply, if any, is in the notice's text.
            if (diagnostic is null || (type is not null && !type.Equals("smtp", StringComparison.OrdinalIgnoreCase) && IsNumber(diagnostic)))
            {
                string near = TextBounce.DiagnosticNear(email.Lines, recipient);
                if (near.Length == 0 && diagnostic is null)
                {
                    // No reply quoted, and no Diagnostic-Code: the notice may still say why in words
                    // ("addr: Domain does not exist", "<addr>... Deferred: Connection refused by …").
                    near = TextBounce.StatementNear(email.Lines, recipient);
                }

                if (near.Length > 0 || diagnostic is null)
                {
                    record.DiagnosticLines = near;
                    record.Diagnostic = diagnostic is null ? near : diagnostic;
                }
                else
                {
                    // An exit status alone: the classifier is told what kind of code it is ("x-unix; 75"), not a bare
                    // number, with the reply the MTA turned it into when its transcript quotes one for the only recipient
                    // ("554 5.3.0 unknown mailer error 255").
                    string reply = RecipientGroups(groups, first) == 1 ? TextBounce.FirstFailureReply(email.Lines) : string.Empty;
                    record.DiagnosticLines = type + "; " + diagnostic + (reply.Length > 0 ? "\n" + reply : string.Empty);
                }
            }
            else if (TextLines.Has(diagnostic, "no valid recipients") && RecipientsRefusal(email.Lines, recipient) is { } refusal)
            {
                // A pipelining client sent DATA with its RCPT TOs; the server refused the recipient, then the message
                // "no valid recipients". Sendmail quotes that last reply as the Diagnostic-Code and the recipient's own
                // refusal in its line ("addr... Deferred: 421 4.2.1 …"), which is the cause.
                record.DiagnosticLines = refusal;
            }
            else if (type is not null && type.Equals("x-unix", StringComparison.OrdinalIgnoreCase))
            {
                // A local delivery agent's own words (Postfix's local(8), a .forward or alias program): the classifier is
                // told whose words they are, so that where they name nothing it knows ("mailbox store unavailable"), the
                // program's failure decides, not the generic status the MTA put beside it (5.3.0, 5.7.0).
                record.DiagnosticLines = type + "; " + diagnostic;
            }

            record.ToProgram = IsProgram(group["Final-Recipient"]) || IsProgram(group["X-Actual-Recipient"]) || IsProgram(group["Original-Recipient"]);

            if (record.Action == BounceAction.Unknown)
            {
                record.Action = record.Status is { } s && s.Class == EnhancedStatusClass.Success ? BounceAction.Delivered : BounceAction.Failed;
            }

            // What the report itself says: a success notice is a delivery, and a delay that reached the queue's time
            // limit (4.4.7) is an expiry, whatever the reply text.
            if (record.Action is BounceAction.Delivered or BounceAction.Relayed or BounceAction.Expanded)
            {
                record.Reason = BounceReason.Delivered;
            }
            else if (record.Action == BounceAction.Delayed && record.Status is { Subject: 4, Detail: 7 })
            {
                record.Reason = BounceReason.Expired;
            }

            records.Add(record);
        }

        // Many servers list the same recipient twice (original and forwarded address, or once per attempt): keep the first.
        Deduplicate(records);
        return true;
    }

    // The recipient's own refusal on its line of the notice ("addr... Deferred: 421 4.2.1 …"), from its reply code to the
    // line's end; null when that line quotes no failure reply.
    private static string? RecipientsRefusal(string[] lines, string recipient)
    {
        string statement = TextBounce.StatementNear(lines, recipient);
        int end = statement.IndexOf('\n');
        string line = end < 0 ? statement : statement.Substring(0, end);
        ReplyScanner.Found found = ReplyScanner.Scan(line);
        return found.Code >= 400 ? line.Substring(found.ReplyStart) : null;
    }

    // The first field that holds a real address: a Final-Recipient can be a mailbox file path ("/var/mail/…"), a bare
    // host ("@mx.example.org") or a source route ("@relay:user@host"), where Original-Recipient still has the address.
    private static string? Recipient(HeaderList group)
    {
        string? fallback = null;
        foreach (string field in new[] { "Final-Recipient", "Original-Recipient", "X-Actual-Recipient" })
        {
            string? value = DsnFields.Typed(RawValue(group, field), out _);
            if (value is null)
            {
                continue;
            }

            fallback ??= value.Trim('<', '>', ' ');
            int route = value.StartsWith("@", StringComparison.Ordinal) ? value.IndexOf(':') : -1;
            string candidate = route > 0 ? value.Substring(route + 1) : value;
            if (AddressScanner.IsAddress(candidate, out string address))
            {
                return address;
            }
        }

        // "|/usr/bin/program user@example.com …": a pipe or a file that names the address it was for.
        return fallback is not null && AddressScanner.First(fallback) is { } inside ? inside : fallback;
    }

    // An address field as sent: MimeKit decodes RFC 2047 words in header values, but an address is not text to decode.
    private static string? RawValue(HeaderList group, string field)
    {
        int index = group.IndexOf(field);
        if (index < 0)
        {
            return null;
        }

        byte[] raw = group[index].RawValue;
        return raw is null ? group[index].Value : Encoding.UTF8.GetString(raw);
    }

    /// <summary>
    /// A text field's value. Lotus Notes/Domino writes Japanese diagnostics as raw ISO-2022-JP (escape sequences, no
    /// RFC 2047 encoding), which MimeKit's header decoding leaves as escape-stripped ASCII (<c>$B%f!&lt;…</c>): those bytes are
    /// decoded as ISO-2022-JP.
    /// </summary>
    private static string? TextValue(HeaderList group, string field)
    {
        int index = group.IndexOf(field);
        if (index < 0)
        {
            return null;
        }

        byte[] raw = group[index].RawValue;
        if (raw is null || Array.IndexOf(raw, (byte)0x1B) < 0)
        {
            return group[index].Value;
        }

        try
        {
            return Encoding.GetEncoding("iso-2022-jp").GetString(raw);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or DecoderFallbackException)
        {
            return group[index].Value;
        }
    }

    // "rfc822; |/usr/bin/program …", "X-Unix; |/home/user/filter": the message went to a program, not a mailbox.
    private static bool IsProgram(string? field) => DsnFields.Typed(field, out _) is { } value && value.TrimStart('"', ' ').StartsWith("|", StringComparison.Ordinal);

    private static bool IsNumber(string text)
    {
        foreach (char c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    internal static void Deduplicate(List<RecipientRecord> records)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        records.RemoveAll(r => !seen.Add(r.Recipient));
    }

    // Some servers put the RFC 3464 fields in the text itself (or their multipart boundary is broken and MimeKit sees
    // only text): read them from the first field line on.
    private static bool TextFields(BounceEmail email, out List<HeaderList> groups)
    {
        groups = [];
        string[] lines = email.Lines;
        int start = -1;
        bool hasRecipient = false;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (start < 0 && (TextLines.Starts(line, "Reporting-MTA:") || TextLines.Starts(line, "Final-Recipient:") || TextLines.Starts(line, "Original-Recipient:") || TextLines.Starts(line, "Original-Envelope-Id:") || TextLines.Starts(line, "Arrival-Date:")))
            {
                start = i;
            }

            if (start >= 0 && TextLines.Starts(line, "Final-Recipient:"))
            {
                hasRecipient = true;
                break;
            }
        }

        if (start < 0 || !hasRecipient)
        {
            return false;
        }

        int end = TextLines.FindLine(lines, start, TextBounce.CommonEndMarkers);
        groups = DsnFields.ParseGroups(string.Join("\n", lines, start, (end < 0 ? lines.Length : end) - start));
        return groups.Count > 0;
    }

    private static int RecipientGroups(List<HeaderList> groups, int first)
    {
        int count = 0;
        for (int i = first; i < groups.Count; i++)
        {
            count += Recipient(groups[i]) is null ? 0 : 1;
        }

        return count;
    }

    private static bool IsRecipientGroup(HeaderList group) =>
        group.Contains("Final-Recipient") || group.Contains("Original-Recipient");

    private static List<HeaderList> ReadGroups(MessageDeliveryStatus part)
    {
        var groups = new List<HeaderList>();
        try
        {
            foreach (HeaderList group in part.StatusGroups)
            {
                groups.Add(group);
            }
        }
        catch (Exception e) when (e is FormatException or ParseException or IOException or ArgumentException)
        {
            groups.Clear();
        }

        // MimeKit stops at the first line that is not a field; a status part with stray text still has its fields.
        if (groups.Count == 0 || (groups.Count == 1 && !IsRecipientGroup(groups[0])))
        {
            string text = ReadContent(part);
            List<HeaderList> fallback = DsnFields.ParseGroups(text);
            if (fallback.Count > groups.Count)
            {
                return fallback;
            }
        }

        return groups;
    }

    private static string ReadContent(MimePart part)
    {
        if (part.Content is null)
        {
            return string.Empty;
        }

        try
        {
            using Stream stream = part.Content.Open();
            using var reader = new StreamReader(stream, Encoding.UTF8);
            char[] buffer = new char[BounceEmail.MaxTextChars];
            int read = reader.ReadBlock(buffer, 0, buffer.Length);
            return new string(buffer, 0, read);
        }
        catch (Exception e) when (e is IOException or FormatException or ArgumentException or NotSupportedException)
        {
            return string.Empty;
        }
    }
}
