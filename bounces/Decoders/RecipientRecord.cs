using System;

namespace SmtpCodes.Bounces.Decoders;

/// <summary>What a decoder read about one recipient, before classification: the raw material of a <see cref="BounceResult"/>.</summary>
internal sealed class RecipientRecord
{
    public RecipientRecord(string recipient)
    {
        Recipient = recipient;
    }

    public string Recipient { get; set; }

    public BounceAction Action { get; set; } = BounceAction.Failed;

    /// <summary>The status the email states for this recipient (a DSN's <c>Status</c>), if any.</summary>
    public EnhancedStatusCode? Status { get; set; }

    /// <summary>The diagnostic text as the email gives it.</summary>
    public string Diagnostic { get; set; } = string.Empty;

    public string? DiagnosticType { get; set; }

    /// <summary>The diagnostic with its line breaks, when the decoder has them: a reply at the start of a line is easier to tell from a number in prose.</summary>
    public string? DiagnosticLines { get; set; }

    /// <summary>The SMTP command the refusal answered, when the decoder reads it from the format's structure; else the pipeline looks for it.</summary>
    public SmtpCommand Command { get; set; }

    public string? RemoteMta { get; set; }

    public string? ReportingMta { get; set; }

    public DateTimeOffset? ArrivalDate { get; set; }

    /// <summary>A reason the email itself states (an auto-reply, a feedback report, a delivery notice, an expiry), if any.</summary>
    public BounceReason? Reason { get; set; }

    public string? FeedbackType { get; set; }

    /// <summary>
    /// Whether the email says the message was handed to a program (a pipe such as <c>|/usr/bin/filter</c>) rather than a
    /// mailbox: when the text says nothing more specific, the program (the mailer) failed.
    /// </summary>
    public bool ToProgram { get; set; }
}
