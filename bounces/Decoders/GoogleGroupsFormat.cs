using System.Collections.Generic;

namespace SmtpCodes.Bounces.Decoders;

/// <summary>
/// Google Groups refusing a post (the group does not exist, or the sender may not post to it). The notice names no
/// reply; the group's address is in <c>X-Failed-Recipients</c> or the returned message's <c>To</c>. The email itself says
/// the post was refused, so the reason is Rejected.
/// </summary>
internal sealed class GoogleGroupsFormat : TextBounceFormat
{
    public override string Name => "GoogleGroups";

    protected override bool Recognizes(BounceEmail email) =>
        TextLines.Has(email.FromAddress, "@googlemail.com") &&
        (TextLines.Has(email.Body, "groups.google.com") || TextLines.Has(email.Body, "Google Groups") || TextLines.Has(email.Body, "Google グループ"));

    protected override void Read(BounceEmail email, string[] lines, int start, int end, List<RecipientRecord> records)
    {
        string notice = TextBounce.Clip(string.Join("\n", lines, start, end - start));
        var recipients = new List<string>();
        if (email.Header("X-Failed-Recipients") is { } failed)
        {
            foreach (AddressScanner.Found found in AddressScanner.FindAll(failed))
            {
                recipients.Add(found.Address);
            }
        }

        if (recipients.Count == 0 && (email.Original is { } original ? BounceEmail.FirstAddress(original.To) : OriginalHeaders.Find(lines, end, "To") is { } to ? AddressScanner.First(to) : null) is { } address)
        {
            recipients.Add(address);
        }

        foreach (string recipient in recipients)
        {
            records.Add(new RecipientRecord(recipient) { Diagnostic = notice, Reason = BounceReason.Rejected });
        }
    }
}
