using System.Collections.Generic;

namespace SmtpCodes.Bounces.Decoders;

/// <summary>
/// One bounce format: recognizes it and reads one record per recipient. Supporting a new MTA means adding one class
/// that implements this and listing it in <see cref="BounceFormats.All"/>.
/// </summary>
internal interface IBounceFormat
{
    /// <summary>The name reported as <see cref="BounceResult.DecodedBy"/>.</summary>
    string Name { get; }

    /// <summary>Reads the email when it is in this format.</summary>
    /// <param name="email">The email.</param>
    /// <param name="records">Where the per-recipient records go.</param>
    /// <returns><see langword="true"/> when the email is in this format (records may still be empty when no recipient could be found).</returns>
    bool TryDecode(BounceEmail email, List<RecipientRecord> records);
}
