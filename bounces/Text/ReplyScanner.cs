using System;

namespace SmtpCodes.Bounces;

/// <summary>
/// Finds the SMTP reply code and the enhanced status code that a bounce's free text quotes ("host said: 550 5.1.1 …",
/// "(#5.1.1)"), without regular expressions. Numbers inside IP addresses, dates and URLs are not codes.
/// </summary>
internal static class ReplyScanner
{
    /// <summary>What was found: a code (0 if none), where the reply starts, and an enhanced code.</summary>
    public readonly record struct Found(int Code, int ReplyStart, EnhancedStatusCode? Status)
    {
        public bool HasCode => Code != 0;
    }

    /// <summary>Scans the text.</summary>
    public static Found Scan(string text)
    {
        int bestCode = 0;
        int bestStart = -1;
        int bestRank = 0;
        EnhancedStatusCode? codeStatus = null;
        for (int i = 0; i + 3 <= text.Length; i++)
        {
            if (!IsCodeAt(text, i, out int code))
            {
                continue;
            }

            int afterCode = i + 3;
            int rank = 0;
            EnhancedStatusCode? status = null;
            int next = afterCode < text.Length && (text[afterCode] == ' ' || text[afterCode] == '-' || text[afterCode] == ':') ? afterCode + 1 : -1;
            while (next > 0 && next < text.Length && next < afterCode + 4 && (text[next] == ' ' || text[next] == '\'' || text[next] == '"' || text[next] == ':' || text[next] == '#'))
            {
                next++;
            }

            if (next > 0 && next < text.Length && TryStatusAt(text, next, out EnhancedStatusCode s, out _) && (int)s.Class == code / 100)
            {
                status = s;
                rank = 3;
            }
            else if (next > 0 || afterCode == text.Length || text[afterCode] is ',' or ')' or ']' or '\r' or '\n')
            {
                // "550-" opens a multi-line reply wherever it stands.
                rank = StartsReply(text, i) || text[afterCode] == '-' ? 2 : 0;
            }

            // A failure is what the bounce is about; "250 Ok" earlier in a transcript is not.
            if (rank > 0 && code < 400)
            {
                rank = 1;
            }

            if (rank == 3 && code < 400)
            {
                rank = 2;
            }

            if (rank > bestRank)
            {
                bestRank = rank;
                bestCode = code;
                bestStart = i;
                codeStatus = status;
                if (rank == 3 && code >= 400)
                {
                    break;
                }
            }

            i += 2;
        }

        EnhancedStatusCode? anyStatus = codeStatus ?? FirstStatus(text, bestCode);
        return new Found(bestCode, bestStart, anyStatus);
    }

    /// <summary>The first enhanced status code in the text (of the code's class when a code is given), or <see langword="null"/>.</summary>
    public static EnhancedStatusCode? FirstStatus(string text, int code = 0)
    {
        EnhancedStatusCode? first = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c != '2' && c != '4' && c != '5')
            {
                continue;
            }

            if (TryStatusAt(text, i, out EnhancedStatusCode status, out int end))
            {
                if (code == 0 || (int)status.Class == code / 100)
                {
                    return status;
                }

                first ??= status;
                i = end - 1;
            }
        }

        return code == 0 ? first : null;
    }

    /// <summary>Parses <c>C.S.D</c> at <paramref name="start"/> when it stands alone (not inside a longer dotted number).</summary>
    public static bool TryStatusAt(string text, int start, out EnhancedStatusCode status, out int end)
    {
        status = default;
        end = start;
        if (start > 0)
        {
            char before = text[start - 1];
            if (char.IsDigit(before) || before == '.' || IsAsciiLetter(before) || before == '/' || before == '=')
            {
                return false;
            }
        }

        int p = start;
        if (!Digits(text, ref p, 1, 1) || p >= text.Length || text[p] != '.')
        {
            return false;
        }

        p++;
        int subjectStart = p;
        if (!Digits(text, ref p, 1, 3) || p >= text.Length || text[p] != '.')
        {
            return false;
        }

        int subjectEnd = p;
        p++;
        int detailStart = p;
        if (!Digits(text, ref p, 1, 3))
        {
            return false;
        }

        // "5.1.1." at the end of a sentence is a code; "192.0.2.1" or "5.1.1.2" is not.
        if (p < text.Length && (char.IsDigit(text[p]) || (text[p] == '.' && p + 1 < text.Length && char.IsDigit(text[p + 1])) || IsAsciiLetter(text[p])))
        {
            return false;
        }

        int cls = text[start] - '0';
        if (cls != 2 && cls != 4 && cls != 5)
        {
            return false;
        }

        int subject = Number(text, subjectStart, subjectEnd);
        int detail = Number(text, detailStart, p);
        status = new EnhancedStatusCode(cls, subject, detail);
        end = p;
        return true;
    }

    private static bool IsCodeAt(string text, int i, out int code)
    {
        code = 0;
        char c0 = text[i];
        if (c0 < '2' || c0 > '5' || !char.IsDigit(text[i + 1]) || !char.IsDigit(text[i + 2]) || text[i + 1] > '5')
        {
            return false;
        }

        if (i > 0)
        {
            char before = text[i - 1];
            if (char.IsDigit(before) || IsAsciiLetter(before) || before is '.' or '-' or '#' or '=' or '/' or '_' or '+' or '$')
            {
                return false;
            }

            // "10:55:01" is a time, "said:550" a reply.
            if (before == ':' && i > 1 && char.IsDigit(text[i - 2]))
            {
                return false;
            }
        }

        if (i + 3 < text.Length)
        {
            char after = text[i + 3];
            if (char.IsDigit(after) || IsAsciiLetter(after) || after is '.' or '/' or '@' or '_')
            {
                return false;
            }

            // "550: text" is a reply; "12:550:" is not.
            if (after == ':' && i + 4 < text.Length && text[i + 4] != ' ')
            {
                return false;
            }
        }

        code = ((c0 - '0') * 100) + ((text[i + 1] - '0') * 10) + (text[i + 2] - '0');
        return true;
    }

    // A code that starts a reply: at the start of a line, or after "said:", "<<<", "]:" and the like.
    private static bool StartsReply(string text, int i)
    {
        int p = i - 1;
        while (p >= 0 && (text[p] == ' ' || text[p] == '\t'))
        {
            p--;
        }

        if (p < 0 || text[p] == '\n' || text[p] == '\r')
        {
            return true;
        }

        char c = text[p];
        if (c is ':' or '<' or '>' or ']' or '(' or '"' or ';')
        {
            return true;
        }

        // "... said 550 ..." / "... returned 550 ..."
        int wordEnd = p + 1;
        while (p >= 0 && IsAsciiLetter(text[p]))
        {
            p--;
        }

        string word = text.Substring(p + 1, wordEnd - p - 1);
        return word.Equals("said", StringComparison.OrdinalIgnoreCase) || word.Equals("returned", StringComparison.OrdinalIgnoreCase) ||
               word.Equals("error", StringComparison.OrdinalIgnoreCase) || word.Equals("reply", StringComparison.OrdinalIgnoreCase);
    }

    private static bool Digits(string text, ref int p, int min, int max)
    {
        int start = p;
        while (p < text.Length && p - start < max && text[p] >= '0' && text[p] <= '9')
        {
            p++;
        }

        return p - start >= min && (p >= text.Length || !(text[p] >= '0' && text[p] <= '9'));
    }

    private static int Number(string text, int start, int end)
    {
        int n = 0;
        for (int i = start; i < end; i++)
        {
            n = (n * 10) + (text[i] - '0');
        }

        return n;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
