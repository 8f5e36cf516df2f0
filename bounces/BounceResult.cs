using System;
using System.Globalization;

namespace SmtpCodes.Bounces;

/// <summary>
/// What one bounce email says about one recipient: the delivery outcome as the email gives it, the original message it
/// refers to, and the classification (reason, hard or soft).
/// </summary>
public sealed class BounceResult
{
    internal BounceResult(string recipient)
    {
        Recipient = recipient;
    }

    /// <summary>The path of the email this came from (a file, a Maildir entry or an mbox); <see langword="null"/> for a stream or a message.</summary>
    public string? File { get; internal set; }

    /// <summary>For an mbox, the 1-based number of the message in it; otherwise <see langword="null"/>.</summary>
    public int? MessageNumber { get; internal set; }

    /// <summary>The recipient the result is about (the DSN's <c>Final-Recipient</c>, or the address the text bounce names).</summary>
    public string Recipient { get; }

    /// <summary>What happened: failed, delayed, delivered, relayed or expanded.</summary>
    public BounceAction Action { get; internal set; }

    /// <summary>
    /// The enhanced status code: the DSN's <c>Status</c> field, else the one in the server's reply, else the classifier's
    /// code for the reason; <see langword="null"/> when there is none.
    /// </summary>
    public EnhancedStatusCode? Status { get; internal set; }

    /// <summary>The remote server's reply (code, enhanced code, text) when the email quotes one; otherwise <see langword="null"/>.</summary>
    public SmtpResponse? Reply { get; internal set; }

    /// <summary>
    /// The SMTP command the reply answered (<see cref="SmtpCommand.RcptTo"/>: the address was refused;
    /// <see cref="SmtpCommand.Data"/>: the message was), as the reply or the notice around it says (<c>in reply to RCPT TO
    /// command</c>, a transcript's <c>&gt;&gt;&gt; DATA</c>); <see cref="SmtpCommand.Unknown"/> when the email does not say.
    /// </summary>
    public SmtpCommand Command { get; internal set; }

    /// <summary>The reply code, 0 when the email quotes none.</summary>
    public int ReplyCode => Reply is { } reply ? (int)reply.Code : 0;

    /// <summary>The diagnostic text as the email gives it (the <c>Diagnostic-Code</c> value without its type, or the error in the text), lines joined by spaces; empty when there is none.</summary>
    public string Diagnostic { get; internal set; } = string.Empty;

    /// <summary>The type of <see cref="Diagnostic"/> (<c>smtp</c>, <c>x-unix</c>, …) when the email says; otherwise <see langword="null"/>.</summary>
    public string? DiagnosticType { get; internal set; }

    /// <summary>The server that refused or reported the message for this recipient (<c>Remote-MTA</c>, or the host the text names).</summary>
    public string? RemoteMta { get; internal set; }

    /// <summary>The server that wrote the report (<c>Reporting-MTA</c>, or the host the text names).</summary>
    public string? ReportingMta { get; internal set; }

    /// <summary>When the reporting server received the message (<c>Arrival-Date</c>), else the last attempt, else the bounce's <c>Date</c>.</summary>
    public DateTimeOffset? ArrivalDate { get; internal set; }

    /// <summary>The <c>Message-ID</c> of the message that bounced, when the email includes its headers; without angle brackets.</summary>
    public string? OriginalMessageId { get; internal set; }

    /// <summary>The <c>From</c> address of the message that bounced.</summary>
    public string? OriginalFrom { get; internal set; }

    /// <summary>The <c>To</c> header of the message that bounced (the addresses, comma-separated).</summary>
    public string? OriginalTo { get; internal set; }

    /// <summary>The <c>Subject</c> of the message that bounced.</summary>
    public string? OriginalSubject { get; internal set; }

    /// <summary>Why the message bounced.</summary>
    public BounceReason Reason { get; internal set; }

    /// <summary>
    /// <see langword="true"/> for a hard bounce (stop sending to this address), <see langword="false"/> for a soft one
    /// (retry later), <see langword="null"/> when it is neither (delivered, an auto-reply, a feedback report).
    /// </summary>
    public bool? IsHardBounce { get; internal set; }

    /// <summary>For a feedback report (RFC 5965), its <c>Feedback-Type</c> (<c>abuse</c>, <c>fraud</c>, …); otherwise <see langword="null"/>.</summary>
    public string? FeedbackType { get; internal set; }

    /// <summary>The decoder that recognized the email's format (<c>RFC3464</c>, <c>Exim</c>, <c>qmail</c>, …).</summary>
    public string DecodedBy { get; internal set; } = string.Empty;

    /// <summary>Says why the message bounced, in a culture: the reason's text from <c>reasons.csv</c>.</summary>
    /// <param name="culture">The culture; <see langword="null"/> means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The localized reason.</returns>
    public string DescribeReason(CultureInfo? culture = null) => Reason.Describe(culture);

    /// <summary>Says what the sender should do about this recipient (remove it, retry later, fix the setup, …), in a culture.</summary>
    /// <param name="culture">The culture; <see langword="null"/> means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The localized action.</returns>
    public string DescribeAction(CultureInfo? culture = null) => Reason.DescribeAction(culture);

    /// <summary>How the reason was found: the classifier's rule, or the decoder when the email itself says (an auto-reply, a feedback report).</summary>
    public string MatchedBy { get; internal set; } = string.Empty;
}
