using System.Collections.Generic;
using MimeKit;

namespace SmtpCodes.Bounces.Decoders;

/// <summary>
/// RFC 5965 abuse feedback reports (ARF): a <c>message/feedback-report</c> part, read through MimeKit's
/// <see cref="MessageFeedbackReport.Fields"/>. The recipient is the one who complained (<c>Original-Rcpt-To</c>, else the
/// returned message's <c>To</c>); the reason is Feedback, with the <c>Feedback-Type</c>.
/// </summary>
internal sealed class FeedbackReportFormat : IBounceFormat
{
    public string Name => "ARF";

    public bool TryDecode(BounceEmail email, List<RecipientRecord> records)
    {
        if (email.FeedbackReport is not { } report)
        {
            return false;
        }

        HeaderList fields;
        try
        {
            fields = report.Fields;
        }
        catch (System.FormatException)
        {
            fields = [];
        }

        var recipients = new List<string>();
        foreach (Header header in fields)
        {
            if (header.Field.Equals("Original-Rcpt-To", System.StringComparison.OrdinalIgnoreCase) && DsnFields.Address(header.Value) is { } address)
            {
                recipients.Add(address);
            }
        }

        if (recipients.Count == 0 && email.Original is { } original && BounceEmail.FirstAddress(original.To) is { } to)
        {
            recipients.Add(to);
        }

        string feedbackType = (fields["Feedback-Type"] ?? "abuse").Trim();
        foreach (string recipient in recipients)
        {
            records.Add(new RecipientRecord(recipient)
            {
                Action = BounceAction.Delivered,
                Reason = BounceReason.Feedback,
                FeedbackType = feedbackType,
                ReportingMta = DsnFields.Typed(fields["Reporting-MTA"], out _),
                ArrivalDate = DsnFields.Date(fields["Arrival-Date"] ?? fields["Received-Date"]),
                Diagnostic = TextBounce.Clip(email.Body.Length > 500 ? email.Body.Substring(0, 500) : email.Body),
                RemoteMta = fields["Source-IP"]?.Trim(),
            });
        }

        return true;
    }
}
