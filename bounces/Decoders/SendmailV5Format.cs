using System.Collections.Generic;

namespace SmtpCodes.Bounces.Decoders;

/// <summary>
/// Sendmail before version 8 and its imitators: "----- Transcript of session follows -----", lines of the SMTP session
/// ("550 &lt;addr&gt;... User unknown"), then "----- Unsent message follows -----".
/// </summary>
internal sealed class SendmailV5Format : TextBounceFormat
{
    public override string Name => "V5sendmail";

    protected override string[] StartMarkers => ["The following addresses had", "----- Transcript of session follows -----"];

    protected override bool Recognizes(BounceEmail email) =>
        email.DeliveryStatus is null && TextLines.Has(email.Body, "----- Transcript of session follows -----");

    protected override void Read(BounceEmail email, string[] lines, int start, int end, List<RecipientRecord> records)
    {
        // "550 <addr>... text": the address is inside the reply.
        for (int i = start; i < end; i++)
        {
            string line = lines[i].Trim();
            if (line.Length > 4 && char.IsDigit(line[0]) && AddressScanner.First(line) is { } address && !address.Equals(email.FromAddress, System.StringComparison.OrdinalIgnoreCase) &&
                !address.Equals(BounceEmail.FirstAddress(email.Message.To), System.StringComparison.OrdinalIgnoreCase))
            {
                // Sendmail prefixes its own code; the remote server's words come after "<addr>... ".
                int ellipsis = line.IndexOf("... ", System.StringComparison.Ordinal);
                string diagnostic = ellipsis > 0 && ReplyScanner.Scan(line.Substring(ellipsis + 4)).HasCode ? line.Substring(ellipsis + 4) : line;
                TextBounce.AddOrMerge(records, new RecipientRecord(address) { Diagnostic = TextBounce.Clip(diagnostic) });
            }
        }

        if (records.Count > 0)
        {
            return;
        }

        base.Read(email, lines, start, end, records);
        if (records.Count == 0 && OriginalHeaders.Find(lines, end, "To") is { } to && AddressScanner.First(to) is { } recipient)
        {
            records.Add(new RecipientRecord(recipient) { Diagnostic = TextBounce.Clip(string.Join("\n", lines, start, end - start)) });
        }
    }
}
