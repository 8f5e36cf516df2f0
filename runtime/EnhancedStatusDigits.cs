using System;
using System.Globalization;

namespace SmtpCodes;

/// <summary>
/// Reads the text form of enhanced status codes (RFC 3463, <c>class.subject.detail</c>) and describes statuses no
/// table defines. Generated enhanced-status tables use it; <see cref="EnhancedStatusCode"/> is the friendlier type.
/// </summary>
public static class EnhancedStatusDigits
{
    /// <summary>The largest subject or detail: RFC 3463 allows up to three digits.</summary>
    public const int MaxNumber = 999;

    /// <summary>
    /// Reads <c>C.S.D</c> exactly (nothing before or after), without allocating: C is 2, 4 or 5; S and D are one to
    /// three ASCII digits.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="classDigit">The class, 2, 4 or 5.</param>
    /// <param name="subject">The subject, 0–999.</param>
    /// <param name="detail">The detail, 0–999.</param>
    /// <returns><see langword="true"/> when the text is an enhanced status code.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out int classDigit, out int subject, out int detail)
    {
        classDigit = subject = detail = 0;
        if (text.Length < 5 || text[1] != '.' || !IsClassDigit(text[0]))
        {
            return false;
        }

        if (!TryParseSubjectAndDetail(text.Slice(2), out subject, out detail))
        {
            return false;
        }

        classDigit = text[0] - '0';
        return true;
    }

    /// <summary>
    /// Reads a status as a table writes it, <c>X.S.D</c>, or as a server does, <c>C.S.D</c> (the class is then
    /// ignored), without allocating.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="subject">The subject, 0–999.</param>
    /// <param name="detail">The detail, 0–999.</param>
    /// <returns><see langword="true"/> when the text is a status in one of the two forms.</returns>
    public static bool TryParseStatus(ReadOnlySpan<char> text, out int subject, out int detail)
    {
        subject = detail = 0;
        if (text.Length < 5 || text[1] != '.' || !(IsClassDigit(text[0]) || text[0] == 'X' || text[0] == 'x'))
        {
            return false;
        }

        return TryParseSubjectAndDetail(text.Slice(2), out subject, out detail);
    }

    /// <summary>Describes a status (<c>subject * 1000 + detail</c>) that no table defines, in the given culture.</summary>
    /// <param name="status">The status value: <c>subject * 1000 + detail</c>.</param>
    /// <param name="culture">The culture; <see langword="null"/> means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>"Unknown status X.9.99", localized; or a statement that the value is not a status at all.</returns>
    public static string DescribeUnknown(int status, CultureInfo? culture = null)
    {
        if (status < 0 || status > (MaxNumber * 1000) + MaxNumber)
        {
            return RuntimeTexts.Format(RuntimeTexts.EnhancedNotAStatus, culture, status);
        }

        return RuntimeTexts.Format(RuntimeTexts.EnhancedUnknown, culture, status / 1000, status % 1000);
    }

    private static bool IsClassDigit(char c) => c == '2' || c == '4' || c == '5';

    private static bool TryParseSubjectAndDetail(ReadOnlySpan<char> text, out int subject, out int detail)
    {
        subject = detail = 0;
        int dot = text.IndexOf('.');
        if (dot <= 0 || !AsciiDigits.TryParse(text.Slice(0, dot), 3, out int s) || !AsciiDigits.TryParse(text.Slice(dot + 1), 3, out int d))
        {
            return false;
        }

        subject = s;
        detail = d;
        return true;
    }
}
