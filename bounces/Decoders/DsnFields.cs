using System;
using System.Collections.Generic;
using System.Globalization;
using MimeKit;
using MimeKit.Utils;

namespace SmtpCodes.Bounces.Decoders;

/// <summary>Reads the values of RFC 3464 fields: <c>type; value</c> pairs, actions, status codes and dates.</summary>
internal static class DsnFields
{
    /// <summary>The value after <c>type;</c> (<c>rfc822; a@b</c> → <c>a@b</c>), unfolded; <see langword="null"/> when empty.</summary>
    public static string? Typed(string? value, out string? type)
    {
        type = null;
        if (value is null)
        {
            return null;
        }

        string text = TextLines.Squeeze(value);
        int semicolon = text.IndexOf(';');
        if (semicolon > 0 && semicolon < 24 && text.IndexOf(' ', 0, semicolon) < 0)
        {
            type = text.Substring(0, semicolon).Trim();
            text = text.Substring(semicolon + 1).Trim();
        }

        return text.Length == 0 ? null : text;
    }

    /// <summary>The address in a recipient field, without its type and angle brackets.</summary>
    public static string? Address(string? value)
    {
        string? text = Typed(value, out _);
        if (text is null)
        {
            return null;
        }

        return AddressScanner.First(text) ?? (text.Trim('<', '>', ' ').Length > 0 ? text.Trim('<', '>', ' ') : null);
    }

    /// <summary>The action named by an <c>Action</c> field.</summary>
    public static BounceAction Action(string? value)
    {
        string text = (value ?? string.Empty).Trim();
        if (TextLines.Starts(text, "fail"))
        {
            return BounceAction.Failed;
        }

        if (TextLines.Starts(text, "delay"))
        {
            return BounceAction.Delayed;
        }

        if (TextLines.Starts(text, "deliver"))
        {
            return BounceAction.Delivered;
        }

        if (TextLines.Starts(text, "relay"))
        {
            return BounceAction.Relayed;
        }

        return TextLines.Starts(text, "expand") ? BounceAction.Expanded : BounceAction.Unknown;
    }

    /// <summary>The enhanced status code at the start of a <c>Status</c> field (<c>5.1.1 (User unknown)</c> → 5.1.1).</summary>
    public static EnhancedStatusCode? Status(string? value)
    {
        if (value is null)
        {
            return null;
        }

        string text = value.Trim();
        int end = 0;
        while (end < text.Length && (char.IsDigit(text[end]) || text[end] == '.'))
        {
            end++;
        }

        return EnhancedStatusCode.TryParse(text.Substring(0, end), out EnhancedStatusCode code) ? code : null;
    }

    /// <summary>An RFC 5322 date, or <see langword="null"/>.</summary>
    public static DateTimeOffset? Date(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateUtils.TryParse(value, out DateTimeOffset date))
        {
            return date;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date) ? date : null;
    }

    /// <summary>Reads <c>Name: value</c> groups separated by blank lines, continuation lines unfolded: the fallback when MimeKit cannot parse a status part.</summary>
    public static List<HeaderList> ParseGroups(string text)
    {
        var groups = new List<HeaderList>();
        HeaderList? current = null;
        string? name = null;
        string value = string.Empty;

        void Flush()
        {
            if (name is not null && current is not null)
            {
                try
                {
                    current.Add(name, value.Trim());
                }
                catch (Exception e) when (e is ArgumentException or ParseException or FormatException)
                {
                    // A field MimeKit will not hold (a bad name, or a Content-Type that does not parse) is not a DSN field.
                }
            }

            name = null;
            value = string.Empty;
        }

        foreach (string line in TextLines.Split(text))
        {
            if (line.Trim().Length == 0)
            {
                Flush();
                current = null;
                continue;
            }

            if ((line[0] == ' ' || line[0] == '\t') && name is not null)
            {
                value += " " + line.Trim();
                continue;
            }

            Flush();
            int colon = line.IndexOf(':');
            if (colon <= 0 || line.IndexOf(' ', 0, colon) >= 0)
            {
                continue;
            }

            if (current is null)
            {
                current = new HeaderList();
                groups.Add(current);
            }

            name = line.Substring(0, colon);
            value = line.Substring(colon + 1);
        }

        Flush();
        return groups;
    }
}
