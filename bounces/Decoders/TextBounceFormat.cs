using System.Collections.Generic;

namespace SmtpCodes.Bounces.Decoders;

/// <summary>
/// The base of a text bounce format: a decoder says how to recognize its MTA's notices and, when the common reading
/// needs help, where the recipient list starts and where the returned message begins.
/// </summary>
internal abstract class TextBounceFormat : IBounceFormat
{
    public abstract string Name { get; }

    /// <summary>Lines after which the recipients are listed; empty to read from the top.</summary>
    protected virtual string[] StartMarkers => [];

    /// <summary>Lines where the notice ends.</summary>
    protected virtual string[] EndMarkers => TextBounce.CommonEndMarkers;

    public bool TryDecode(BounceEmail email, List<RecipientRecord> records)
    {
        if (!Recognizes(email))
        {
            return false;
        }

        (int start, int end) = TextBounce.Notice(email.Lines, StartMarkers, EndMarkers);
        email.OriginalLine = end;
        Read(email, email.Lines, start, end, records);
        foreach (RecipientRecord record in records)
        {
            Complete(email, record);
        }

        return true;
    }

    /// <summary>Whether the email is in this format.</summary>
    protected abstract bool Recognizes(BounceEmail email);

    /// <summary>Reads the recipients of the notice; by default, <see cref="TextBounce.ReadBlocks"/>.</summary>
    protected virtual void Read(BounceEmail email, string[] lines, int start, int end, List<RecipientRecord> records) =>
        TextBounce.ReadBlocks(email, lines, start, end, records);

    /// <summary>Fills in what the notice implies for a record: by default the remote host it names and whether it was only delayed.</summary>
    protected virtual void Complete(BounceEmail email, RecipientRecord record)
    {
        record.RemoteMta ??= TextBounce.RemoteHost(record.Diagnostic);
        if (Delays.IsDelayNotice(email, record.Diagnostic))
        {
            record.Action = BounceAction.Delayed;
        }
    }
}
