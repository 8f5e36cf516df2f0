using System;
using System.Collections.Generic;
using MimeKit;
using SmtpCodes.Bounces.Decoders;

namespace SmtpCodes.Bounces;

/// <summary>Runs the format decoders over one message and turns their records into classified results.</summary>
internal static class BouncePipeline
{
    public static List<BounceResult> Decode(MimeMessage message, string? file, int? messageNumber, int depth = 0)
    {
        var results = new List<BounceResult>();
        BounceEmail email;
        try
        {
            email = new BounceEmail(message);
        }
        catch (Exception e) when (e is FormatException or ParseException or ArgumentException or InvalidOperationException)
        {
            return results;
        }

        // A bounce forwarded as an attachment (a report inside message/rfc822): read the bounce inside.
        if (email.DeliveryStatus is null && email.Original is { } inner && inner.Body is MultipartReport && depth < 2)
        {
            List<BounceResult> nested = Decode(inner, file, messageNumber, depth + 1);
            if (nested.Count > 0)
            {
                return nested;
            }
        }

        var records = new List<RecipientRecord>();
        IBounceFormat? decoder = null;
        foreach (IBounceFormat format in BounceFormats.All)
        {
            records.Clear();
            try
            {
                if (format.TryDecode(email, records) && records.Count > 0)
                {
                    decoder = format;
                    break;
                }
            }
            catch (Exception e) when (e is FormatException or ParseException or ArgumentException or InvalidOperationException or System.Text.DecoderFallbackException)
            {
                // MimeKit parses some parts lazily and may reject what it finds then: this format could not read the
                // email, and the next one may.
                records.Clear();
            }
        }

        if (decoder is null)
        {
            return results;
        }

        MimeMessage? original = email.Original;
        string? originalMessageId = original?.MessageId ?? Unbracket(OriginalHeaders.Find(email.Lines, Math.Max(0, email.OriginalLine), "Message-ID"));
        string? originalFrom = original is not null ? BounceEmail.FirstAddress(original.From) : FirstAddressOf(OriginalHeaders.Find(email.Lines, Math.Max(0, email.OriginalLine), "From"));
        string? originalTo = original is not null ? JoinAddresses(original.To) : OriginalHeaders.Find(email.Lines, Math.Max(0, email.OriginalLine), "To");
        string? originalSubject = original is not null ? original.Subject : OriginalHeaders.Find(email.Lines, Math.Max(0, email.OriginalLine), "Subject");
        DateTimeOffset? date = message.Headers.Contains(HeaderId.Date) ? message.Date : null;

        foreach (RecipientRecord record in records)
        {
            string diagnostic = record.DiagnosticLines ?? record.Diagnostic;
            SmtpCommand command = record.Command != SmtpCommand.Unknown ? record.Command : SmtpCommandFinder.Find(email, record.Recipient, diagnostic, records.Count == 1);
            Classification classification = BounceClassification.Classify(diagnostic, record.Status, record.RemoteMta, command);

            // A failure notice that quotes a greeting or an "OK" has not quoted the reply that failed.
            if (classification.Reply is { } positive && (int)positive.Code < 400 && record.Action is BounceAction.Failed or BounceAction.Delayed)
            {
                classification = classification with { Reply = null };
            }

            // Nor is a success it quotes the outcome: Sendmail reports "221 2.0.0 Bye" as the diagnostic of a delay after the
            // server refused at its greeting and the connection was closed. The cause is then not in the notice.
            if (classification.Reason == BounceReason.Delivered && record.Action is BounceAction.Failed or BounceAction.Delayed)
            {
                classification = classification with { Reason = BounceReason.Undefined, IsHardBounce = null, MatchedBy = string.Empty };
            }

            var result = new BounceResult(record.Recipient)
            {
                File = file,
                MessageNumber = messageNumber,
                Action = record.Action,
                Status = ChooseStatus(record.Status, classification),
                Reply = classification.Reply,
                Command = classification.Command,
                Diagnostic = record.Diagnostic,
                DiagnosticType = record.DiagnosticType,
                RemoteMta = record.RemoteMta,
                ReportingMta = record.ReportingMta,
                ArrivalDate = record.ArrivalDate ?? date,
                OriginalMessageId = originalMessageId,
                OriginalFrom = originalFrom,
                OriginalTo = string.IsNullOrEmpty(originalTo) ? null : originalTo,
                OriginalSubject = originalSubject,
                FeedbackType = record.FeedbackType,
                DecodedBy = decoder.Name,
            };

            if (record.Reason is { } stated)
            {
                result.Reason = stated;
                result.IsHardBounce = StatedReasons.IsHardBounce(stated);
                result.MatchedBy = decoder.Name;
            }
            else
            {
                result.Reason = classification.Reason;
                result.IsHardBounce = classification.IsHardBounce;
                result.MatchedBy = classification.MatchedBy;
                if (classification.Reason == BounceReason.NetworkError && record.Action == BounceAction.Failed
                    && record.Status is { Class: EnhancedStatusClass.PersistentTransientFailure, Subject: 4, Detail: 1 })
                {
                    // Failed with 4.4.1, "no answer from host": the server gave up after its connections kept failing, as
                    // Postfix reports a refused or timed-out connection when the queue's lifetime ran out; the delivery
                    // expired. (A 4.4.2 "bad connection", a connection lost after it was made, stays a network error.)
                    result.Reason = BounceReason.Expired;
                    result.IsHardBounce = BounceReason.Expired.IsHardBounce();
                    result.MatchedBy = classification.MatchedBy + " + action failed with a transient status: the queue gave up";
                }
                else if (classification.Reason == BounceReason.Undefined && Delays.SaysExpired(record.Diagnostic + "\n" + email.Subject))
                {
                    result.Reason = BounceReason.Expired;
                    result.IsHardBounce = false;
                    result.MatchedBy = decoder.Name + ": the message expired in the queue";
                }
                else if (classification.Reason == BounceReason.Undefined && record.ToProgram && record.Action is BounceAction.Failed or BounceAction.Delayed)
                {
                    result.Reason = BounceReason.MailerError;
                    result.IsHardBounce = BounceReason.MailerError.IsHardBounce();
                    result.MatchedBy = decoder.Name + ": the message was handed to a program, which failed";
                }
                else if (classification.Reason == BounceReason.Undefined && record.Action == BounceAction.Failed && ReceivedCount(email) is var hops && hops >= LoopHops)
                {
                    // Exim's notice of a loop gives no cause at all; the returned message shows it, having passed more
                    // hosts than any server lets a message pass (Sendmail's limit is 25, Exim's 30, Postfix's 50).
                    result.Reason = BounceReason.NetworkError;
                    result.IsHardBounce = BounceReason.NetworkError.IsHardBounce();
                    result.MatchedBy = decoder.Name + ": the returned message passed " + hops.ToString(System.Globalization.CultureInfo.InvariantCulture) + " hosts, a mail loop";
                }
                else if (classification.Reason == BounceReason.Undefined && record.Action == BounceAction.Delayed)
                {
                    // A delay warning that gives no cause at all (Exim's says only that delivery is delayed): the message
                    // waits in the sender's queue for a reason nobody reported.
                    result.Reason = BounceReason.OnHold;
                    result.IsHardBounce = BounceReason.OnHold.IsHardBounce();
                    result.MatchedBy = decoder.Name + ": delayed, and no cause given";
                }
            }

            results.Add(result);
        }

        return results;
    }

    /// <summary>
    /// The status the email states, unless the server's reply carries a more specific one of the same class: a DSN's
    /// <c>5.0.0</c> (or a relay's own summary such as 5.1.1 or 4.4.7) says less than the remote server's own
    /// <c>550 5.7.1 …</c>.
    /// </summary>
    private static EnhancedStatusCode? ChooseStatus(EnhancedStatusCode? stated, Classification classification)
    {
        EnhancedStatusCode? replied = classification.Reply?.EnhancedCode;
        if (stated is not { } s)
        {
            return classification.Status;
        }

        if (replied is { } r && r.Class == s.Class && (r.Subject != 0 || r.Detail != 0))
        {
            return r;
        }

        return s;
    }

    /// <summary>The number of hosts a message may pass before it is taken for a loop: the lowest of the common servers' limits.</summary>
    private const int LoopHops = 25;

    /// <summary>The <c>Received:</c> fields of the returned message (its headers as returned, when it is not whole); 0 when none is returned.</summary>
    private static int ReceivedCount(BounceEmail email)
    {
        if (email.Original is { } original)
        {
            int count = 0;
            foreach (Header header in original.Headers)
            {
                count += header.Id == HeaderId.Received ? 1 : 0;
            }

            return count;
        }

        return email.OriginalLine < 0 ? 0 : OriginalHeaders.Count(email.Lines, email.OriginalLine, "Received");
    }

    private static string? Unbracket(string? id) => id?.Trim().Trim('<', '>');

    private static string? FirstAddressOf(string? header) => header is null ? null : AddressScanner.First(header);

    private static string JoinAddresses(InternetAddressList list)
    {
        var addresses = new List<string>();
        foreach (MailboxAddress mailbox in list.Mailboxes)
        {
            addresses.Add(mailbox.Address);
        }

        return string.Join(", ", addresses);
    }
}
