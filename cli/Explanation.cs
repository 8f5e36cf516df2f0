using System.Globalization;

namespace SmtpCodes.Cli;

/// <summary>Everything <c>explain</c> prints, in one culture; the text and JSON forms print the same fields.</summary>
/// <param name="Code">The reply code.</param>
/// <param name="Name">The <see cref="SmtpReply"/> member name, or <see langword="null"/> for a code the table does not name.</param>
/// <param name="Class">The class, from the first digit.</param>
/// <param name="Category">The category, from the second digit.</param>
/// <param name="Description">The code's localized text (for an unnamed code, what its digits mean).</param>
/// <param name="EnhancedCode">The enhanced status code ("5.1.1"), or <see langword="null"/>.</param>
/// <param name="EnhancedName">The registry entry's <see cref="EnhancedStatus"/> name, or <see langword="null"/> when there is none.</param>
/// <param name="EnhancedDescription">The enhanced code's localized text, or <see langword="null"/>.</param>
/// <param name="Text">The server's text without codes (lines joined by <c>\n</c>), or <see langword="null"/> when only a code or name was given.</param>
/// <param name="Culture">The name of the culture the texts were asked in; <c>""</c> is the invariant culture (English).</param>
internal sealed record Explanation(
    int Code,
    string? Name,
    SmtpReplyClass Class,
    SmtpReplyCategory Category,
    string Description,
    string? EnhancedCode,
    string? EnhancedName,
    string? EnhancedDescription,
    string? Text,
    string Culture)
{
    /// <summary>Explains a response with the library's public API.</summary>
    /// <param name="response">The response; one made from a code or name alone has no text.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The explanation.</returns>
    public static Explanation Of(SmtpResponse response, CultureInfo culture)
    {
        SmtpReply code = response.Code;
        EnhancedStatusCode? enhanced = response.EnhancedCode;
        return new Explanation(
            (int)code,
            SmtpReplyInfo.IsDefined(code) ? code.ToStringFast() : null,
            code.GetClass(),
            code.GetCategory(),
            code.Describe(culture),
            enhanced?.ToString(),
            enhanced is { IsKnown: true } known ? known.Status.ToStringFast() : null,
            enhanced?.Describe(culture),
            response.Text.Length == 0 ? null : response.Text,
            culture.Name);
    }
}
