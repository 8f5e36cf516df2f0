using System;
using System.Collections.Generic;
using System.Globalization;

namespace SmtpCodes.Bounces;

/// <summary>Finds email addresses in free text without regular expressions: around each <c>@</c>, the longest local part and domain.</summary>
internal static class AddressScanner
{
    /// <summary>An address found in text and where it is.</summary>
    public readonly record struct Found(string Address, int Start, int End);

    /// <summary>Every address in the text, in order.</summary>
    public static List<Found> FindAll(string text)
    {
        var found = new List<Found>();
        int from = 0;
        while (from < text.Length)
        {
            int at = text.IndexOf('@', from);
            if (at < 0)
            {
                break;
            }

            if (TryAt(text, at, utf8: false, out Found address))
            {
                found.Add(address);
                from = address.End;
            }
            else
            {
                from = at + 1;
            }
        }

        return found;
    }

    /// <summary>The first address in the text, or <see langword="null"/>.</summary>
    public static string? First(string text)
    {
        int from = 0;
        while (from < text.Length)
        {
            int at = text.IndexOf('@', from);
            if (at < 0)
            {
                return null;
            }

            if (TryAt(text, at, utf8: false, out Found address))
            {
                return address.Address;
            }

            from = at + 1;
        }

        return null;
    }

    /// <summary>
    /// Whether the whole text (trimmed, angle brackets and a trailing colon allowed) is one address. Letters and digits
    /// outside ASCII count in both parts, as in an internationalized address (RFC 6531: <c>josé@example.org</c>, which
    /// a DSN names in a <c>utf-8</c> recipient field, RFC 6533); in free text they don't, since a word in a script without
    /// spaces can run right up to an address.
    /// </summary>
    public static bool IsAddress(string text, out string address)
    {
        string t = text.Trim().TrimEnd(':', ',', ';').Trim();
        if (t.Length > 2 && ((t[0] == '<' && t[t.Length - 1] == '>') || (t[0] == '"' && t[t.Length - 1] == '"')))
        {
            t = t.Substring(1, t.Length - 2);
        }

        int at = t.IndexOf('@');
        if (at > 0 && TryAt(t, at, utf8: true, out Found found) && found.Start == 0 && found.End == t.Length)
        {
            address = found.Address;
            return true;
        }

        address = string.Empty;
        return false;
    }

    private static bool TryAt(string text, int at, bool utf8, out Found found)
    {
        found = default;
        int start = at;
        while (start > 0 && (IsLocalChar(text[start - 1]) || (utf8 && IsNonAsciiWordChar(text[start - 1]))))
        {
            start--;
        }

        // A local part does not start or end with a dot.
        while (start < at && text[start] == '.')
        {
            start++;
        }

        int end = at + 1;
        while (end < text.Length && (IsDomainChar(text[end]) || (utf8 && IsNonAsciiWordChar(text[end]))))
        {
            end++;
        }

        while (end > at + 1 && (text[end - 1] == '.' || text[end - 1] == '-'))
        {
            end--;
        }

        if (start == at || end <= at + 1)
        {
            return false;
        }

        string domain = text.Substring(at + 1, end - at - 1);
        bool literal = domain.Length > 2 && domain[0] == '[';
        if (!literal && (domain.IndexOf('.') < 0 || domain.IndexOf("..", StringComparison.Ordinal) >= 0))
        {
            return false;
        }

        if (text[at - 1] == '.')
        {
            return false;
        }

        found = new Found(text.Substring(start, end - start), start, end);
        return true;
    }

    private static bool IsLocalChar(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
        c is '.' or '_' or '%' or '+' or '-' or '=' or '!' or '#' or '$' or '&' or '\'' or '*' or '/' or '?' or '^' or '`' or '{' or '|' or '}' or '~';

    // A letter, digit or combining mark outside ASCII (é written as e and U+0301 too), or half of a pair outside the BMP.
    private static bool IsNonAsciiWordChar(char c) =>
        c > '\u007F' && (char.IsLetterOrDigit(c) || char.IsSurrogate(c)
            || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);

    private static bool IsDomainChar(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c is '.' or '-' or '_';
}
