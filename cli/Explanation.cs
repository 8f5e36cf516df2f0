using System.Globalization;

namespace SmtpCodes.Cli;

/// <summary>Everything <c>explain</c> prints, in one culture; the text and JSON forms print the same fields.</summary>
/// <param name="Code">The reply code, or <see langword="null"/> when the input has none (an enhanced code alone, a text without codes).</param>
/// <param name="Name">The <see cref="SmtpReply"/> member name, or <see langword="null"/> for a code the table does not name.</param>
/// <param name="Class">The class, from the first digit, or <see langword="null"/> without a code.</param>
/// <param name="Category">The category, from the second digit, or <see langword="null"/> without a code.</param>
/// <param name="Description">The code's localized text (for an unnamed code, what its digits mean), or <see langword="null"/> without a code.</param>
/// <param name="EnhancedCode">The enhanced status code ("5.1.1"), or <see langword="null"/>.</param>
/// <param name="EnhancedName">The registry entry's <see cref="EnhancedStatus"/> name, or <see langword="null"/> when there is none.</param>
/// <param name="EnhancedDescription">The enhanced code's localized text, or <see langword="null"/>.</param>
/// <param name="Text">The server's text without codes, or <see langword="null"/> when only a code or name was given.</param>
/// <param name="Reason">The bounce reason's name, or <see langword="null"/> when nothing decided one.</param>
/// <param name="ReasonDescription">The reason's localized text, or <see langword="null"/>.</param>
/// <param name="HardBounce">Whether the reason is a hard bounce; <see langword="null"/> when it is not a failure or there is none.</param>
/// <param name="Action">What to do, localized, or <see langword="null"/>.</param>
/// <param name="Vendor">The vendor whose documented entry decided, or <see langword="null"/>.</param>
/// <param name="VendorDescription">That entry's name and localized text, or <see langword="null"/>.</param>
/// <param name="MatchedBy">Which vendor entry, code or phrase decided the reason, or <see langword="null"/>: invariant, for JSON.</param>
/// <param name="MatchedByText">The same in the culture's words (<see cref="SmtpDiagnosis.DescribeMatch"/>), for people.</param>
/// <param name="Culture">The name of the culture the texts were asked in; <c>""</c> is the invariant culture (English).</param>
internal sealed record Explanation(
    int? Code,
    string? Name,
    SmtpReplyClass? Class,
    SmtpReplyCategory? Category,
    string? Description,
    string? EnhancedCode,
    string? EnhancedName,
    string? EnhancedDescription,
    string? Text,
    string? Reason,
    string? ReasonDescription,
    bool? HardBounce,
    string? Action,
    string? Vendor,
    string? VendorDescription,
    string? MatchedBy,
    string? MatchedByText,
    string Culture)
{
    /// <summary>Explains what the input held, with the library's public API.</summary>
    /// <param name="code">The reply code, if any.</param>
    /// <param name="enhanced">The enhanced status code, if any.</param>
    /// <param name="text">The server's text, if any.</param>
    /// <param name="diagnosis">The diagnosis of the input: reason, action, vendor.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The explanation.</returns>
    public static Explanation Of(int? code, EnhancedStatusCode? enhanced, string? text, SmtpDiagnosis diagnosis, CultureInfo culture)
    {
        SmtpReply? reply = code is { } c ? (SmtpReply)c : null;
        bool hasReason = diagnosis.Reason != BounceReason.Undefined;
        return new Explanation(
            code,
            reply is { } r && SmtpReplyInfo.IsDefined(r) ? r.ToStringFast() : null,
            reply?.GetClass(),
            reply?.GetCategory(),
            reply?.Describe(culture),
            enhanced?.ToString(),
            enhanced is { IsKnown: true } known ? known.Status.ToStringFast() : null,
            enhanced?.Describe(culture),
            string.IsNullOrEmpty(text) ? null : text,
            hasReason ? diagnosis.Reason.ToStringFast() : null,
            hasReason ? diagnosis.Reason.Describe(culture) : null,
            diagnosis.IsHardBounce,
            hasReason ? diagnosis.DescribeAction(culture) : null,
            diagnosis.Vendor,
            diagnosis.Vendor is null ? null : diagnosis.VendorEntry + ": " + diagnosis.Describe(culture),
            diagnosis.MatchedBy.Length == 0 ? null : diagnosis.MatchedBy,
            diagnosis.MatchedBy.Length == 0 ? null : diagnosis.DescribeMatch(culture),
            culture.Name);
    }
}
