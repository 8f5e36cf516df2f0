using System.Collections.Generic;

namespace SmtpCodes.Bounces.Decoders;

/// <summary>
/// The last resort for text bounces no other decoder claims: an email from a mailer daemon, or with a bounce subject,
/// read by the common recipient-block reading.
/// </summary>
internal sealed class GenericTextFormat : TextBounceFormat
{
    public override string Name => "Text";

    protected override bool Recognizes(BounceEmail email) =>
        BounceSenders.IsDaemon(email) || BounceSenders.HasBounceSubject(email) || email.Header("X-Failed-Recipients") is not null || BounceSenders.HasBounceBody(email);

    protected override void Read(BounceEmail email, string[] lines, int start, int end, List<RecipientRecord> records)
    {
        base.Read(email, lines, start, end, records);

        // An email that only has a bounce-like subject, and quotes no reply, is not a bounce this can read.
        if (records.Count == 1 && email.Header("X-Failed-Recipients") is null && !BounceSenders.IsDaemon(email) && !BounceSenders.HasBounceBody(email) &&
            !ReplyScanner.Scan(records[0].Diagnostic).HasCode && ReplyScanner.FirstStatus(records[0].Diagnostic) is null)
        {
            records.Clear();
        }
    }
}
