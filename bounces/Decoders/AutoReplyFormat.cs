using System;
using System.Collections.Generic;

namespace SmtpCodes.Bounces.Decoders;

/// <summary>
/// RFC 3834 automatic replies (vacation, out of office): not bounces, but a mailbox that answered. Recognized by
/// <c>Auto-Submitted: auto-replied</c> and the common vendor headers and subjects, and only when no bounce decoder
/// read the email (bounces carry <c>Auto-Submitted</c> too). The recipient is the one who replied; the reason Vacation.
/// </summary>
internal sealed class AutoReplyFormat : IBounceFormat
{
    private static readonly string[] Subjects = ["out of office", "out of the office", "auto:", "automatic reply", "autoreply", "auto-reply", "auto reply", "vacation", "away from", "abwesenheit", "absence", "自動応答", "不在"];

    public string Name => "RFC3834";

    public bool TryDecode(BounceEmail email, List<RecipientRecord> records)
    {
        if (BounceSenders.IsDaemon(email) || email.FromAddress.Length == 0 || !IsAutoReply(email))
        {
            return false;
        }

        records.Add(new RecipientRecord(email.FromAddress)
        {
            Action = BounceAction.Delivered,
            Reason = BounceReason.Vacation,
            Diagnostic = TextBounce.Clip(email.Body.Length > 500 ? email.Body.Substring(0, 500) : email.Body),
        });
        return true;
    }

    private static bool IsAutoReply(BounceEmail email)
    {
        string autoSubmitted = email.Header("Auto-Submitted") ?? string.Empty;
        if (TextLines.Starts(autoSubmitted.Trim(), "auto-replied"))
        {
            return true;
        }

        if (email.Header("X-Autoreply") is not null || email.Header("X-Autorespond") is not null || email.Header("X-Auto-Response-Suppress") is { } suppress && TextLines.Has(suppress, "All") && HasAutoSubject(email))
        {
            return true;
        }

        string precedence = email.Header("Precedence") ?? string.Empty;
        return (TextLines.Has(precedence, "auto_reply") || TextLines.Has(precedence, "bulk") || TextLines.Has(precedence, "junk")) && HasAutoSubject(email);
    }

    private static bool HasAutoSubject(BounceEmail email)
    {
        foreach (string subject in Subjects)
        {
            if (email.Subject.IndexOf(subject, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
