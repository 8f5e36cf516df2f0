using System;
using System.Globalization;

namespace SmtpCodes;

/// <summary>
/// What the digits of any SMTP reply code mean, whether or not a table names the code: its class, its category,
/// and a localized generic description for codes no table defines.
/// </summary>
public static class SmtpReplyDigits
{
    /// <summary>Tells whether <paramref name="code"/> has the shape of a reply code: three digits, 100 to 599.</summary>
    /// <param name="code">The numeric code.</param>
    /// <returns><see langword="true"/> from 100 to 599.</returns>
    public static bool IsReplyCode(int code) => code >= 100 && code <= 599;

    /// <summary>Returns the class given by the first digit of <paramref name="code"/>.</summary>
    /// <param name="code">The numeric code.</param>
    /// <returns>The class, or <see cref="SmtpReplyClass.Unknown"/> outside 100–599.</returns>
    public static SmtpReplyClass GetClass(int code) => IsReplyCode(code) ? (SmtpReplyClass)(code / 100) : SmtpReplyClass.Unknown;

    /// <summary>Returns the category given by the second digit of <paramref name="code"/>.</summary>
    /// <param name="code">The numeric code.</param>
    /// <returns>The category, or <see cref="SmtpReplyCategory.Unknown"/> outside 100–599 or for a second digit above 5.</returns>
    public static SmtpReplyCategory GetCategory(int code)
    {
        int digit = code / 10 % 10;
        return IsReplyCode(code) && digit <= 5 ? (SmtpReplyCategory)digit : SmtpReplyCategory.Unknown;
    }

    /// <summary>Tells whether <paramref name="code"/> is a positive reply (1yz, 2yz or 3yz).</summary>
    /// <param name="code">The numeric code.</param>
    /// <returns><see langword="true"/> for a positive reply.</returns>
    public static bool IsPositive(int code) => GetClass(code) is SmtpReplyClass.PositivePreliminary or SmtpReplyClass.PositiveCompletion or SmtpReplyClass.PositiveIntermediate;

    /// <summary>Tells whether <paramref name="code"/> is a transient failure (4yz).</summary>
    /// <param name="code">The numeric code.</param>
    /// <returns><see langword="true"/> for a 4yz reply.</returns>
    public static bool IsTransient(int code) => GetClass(code) == SmtpReplyClass.TransientNegative;

    /// <summary>Tells whether <paramref name="code"/> is a permanent failure (5yz).</summary>
    /// <param name="code">The numeric code.</param>
    /// <returns><see langword="true"/> for a 5yz reply.</returns>
    public static bool IsPermanent(int code) => GetClass(code) == SmtpReplyClass.PermanentNegative;

    /// <summary>Reads exactly three ASCII digits (<c>"000"</c> to <c>"999"</c>), without allocating.</summary>
    /// <param name="text">The text; nothing may come before or after the digits.</param>
    /// <param name="code">The number, or 0 when the text is not three ASCII digits.</param>
    /// <returns><see langword="true"/> when the text is exactly three ASCII digits.</returns>
    public static bool TryParseCode(ReadOnlySpan<char> text, out int code)
    {
        if (text.Length == 3 && AsciiDigits.TryParse(text, 3, out code))
        {
            return true;
        }

        code = 0;
        return false;
    }

    /// <summary>
    /// Describes a code that no table defines, from what its digits mean: for 599, "Unknown reply code 599." followed by
    /// the meaning of the first digit (permanent failure) and of the second (mail system), in the given culture.
    /// </summary>
    /// <param name="code">The numeric code; any value, including ones that are not reply codes at all.</param>
    /// <param name="culture">The culture to describe it in; <see langword="null"/> means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The localized generic description. It never claims to be any defined code's text.</returns>
    public static string DescribeUnknown(int code, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentUICulture;
        SmtpReplyClass replyClass = GetClass(code);
        if (replyClass == SmtpReplyClass.Unknown)
        {
            return RuntimeTexts.Format(RuntimeTexts.InvalidCode, culture, code);
        }

        string classText = RuntimeTexts.Get(RuntimeTexts.Class1 + (int)replyClass - 1, culture);
        SmtpReplyCategory category = GetCategory(code);
        return category == SmtpReplyCategory.Unknown
            ? RuntimeTexts.Format(RuntimeTexts.UnknownCodeNoCategory, culture, code, classText)
            : RuntimeTexts.Format(RuntimeTexts.UnknownCode, culture, code, classText, RuntimeTexts.Get(RuntimeTexts.Category0 + (int)category, culture));
    }
}
