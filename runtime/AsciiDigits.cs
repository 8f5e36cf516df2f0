using System;

namespace SmtpCodes;

/// <summary>Reads short runs of ASCII digits, the only digits SMTP codes use (never culture or Unicode digits).</summary>
internal static class AsciiDigits
{
    /// <summary>Reads one to <paramref name="maxDigits"/> ASCII digits, the whole of <paramref name="text"/>.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, int maxDigits, out int value)
    {
        value = 0;
        if (text.Length == 0 || text.Length > maxDigits)
        {
            return false;
        }

        int result = 0;
        foreach (char c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }

            result = (result * 10) + (c - '0');
        }

        value = result;
        return true;
    }
}
