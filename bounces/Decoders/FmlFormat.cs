using System;
using System.Collections.Generic;

namespace SmtpCodes.Bounces.Decoders;

/// <summary>
/// The fml mailing list manager refusing a post: a notice from the list's <c>-admin</c> address, marked by an
/// <c>X-MLServer: fml …</c> header, that names the list in angle brackets ("You are not a member of this mailing list
/// &lt;list@…&gt;", "Duplicated Message-ID in &lt;list@…&gt;") and quotes the post after "Original mail as follows:". No reply
/// is quoted: the kind of notice is the reason. A post from a non-member (or a rejected sender) is Rejected; a loop the
/// list detected (a Message-ID it has already seen, a header that would loop) is a SystemError; a security alert is a
/// SecurityError.
/// </summary>
internal sealed class FmlFormat : TextBounceFormat
{
    public override string Name => "fml";

    protected override string[] EndMarkers => ["Original mail as follows:", .. TextBounce.CommonEndMarkers];

    protected override bool Recognizes(BounceEmail email) =>
        email.Header("X-MLServer") is { } server && TextLines.Has(server, "fml") &&
        (TextLines.Has(email.FromAddress, "-admin@") || TextLines.Has(email.Header("Message-ID") ?? string.Empty, ".FML"));

    protected override void Read(BounceEmail email, string[] lines, int start, int end, List<RecipientRecord> records)
    {
        string notice = TextBounce.Clip(string.Join("\n", lines, start, end - start));
        string? list = null;
        for (int i = start; i < end && list is null; i++)
        {
            int open = lines[i].IndexOf('<');
            int close = open < 0 ? -1 : lines[i].IndexOf('>', open + 1);
            if (close > open + 1 && AddressScanner.IsAddress(lines[i].Substring(open + 1, close - open - 1), out string address))
            {
                list = address;
            }
        }

        if (list is null)
        {
            return;
        }

        records.Add(new RecipientRecord(list) { Diagnostic = notice, Reason = Reason(email.Subject + "\n" + notice) });
    }

    protected override void Complete(BounceEmail email, RecipientRecord record)
    {
        // The notice is about the post, not a delay or a remote host: nothing to add.
    }

    private static BounceReason? Reason(string text)
    {
        if (TextLines.Has(text, "not a member") || TextLines.Has(text, "not member") || TextLines.Has(text, "reject"))
        {
            return BounceReason.Rejected;
        }

        if (TextLines.Has(text, "Security Alert"))
        {
            return BounceReason.SecurityError;
        }

        if (TextLines.Has(text, "Loop") || TextLines.Has(text, "Duplicated Message-ID"))
        {
            return BounceReason.SystemError;
        }

        // Another kind of notice: let the classifier read its words.
        return null;
    }
}
