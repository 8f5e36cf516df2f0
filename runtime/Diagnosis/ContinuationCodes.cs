using System;

namespace SmtpCodes.Diagnosis;

/// <summary>
/// The codes a multi-line reply flattened onto one line repeats where each of its lines started (<c>550-5.7.1 </c> or
/// <c>550 5.7.1 </c>, after white space, in <c>… multiple 550-5.7.1 addresses …</c>): phrase matching reads past them
/// and <see cref="SmtpDiagnosis.Text"/> leaves them out. One definition for both, so they agree on what is skipped.
/// </summary>
internal readonly ref struct ContinuationCodes
{
    private readonly int _code;
    private readonly ReadOnlySpan<char> _enhanced;

    /// <summary>The cause's reply code and its enhanced code as written (<c>5.7.1</c>); without the latter nothing is skipped.</summary>
    public ContinuationCodes(int code, ReadOnlySpan<char> enhanced)
    {
        _code = code;
        _enhanced = enhanced;
    }

    /// <summary>Whether nothing is ever skipped: there is no enhanced code to look for.</summary>
    public bool IsEmpty => _enhanced.Length == 0;

    /// <summary>
    /// Where the codes that start at <paramref name="start"/> end, with the one space after them; -1 when none start there.
    /// They count only at the start of the text or after white space, and only with a space after them.
    /// </summary>
    public int EndAt(ReadOnlySpan<char> text, int start)
    {
        int at = start + 4;
        int end = at + _enhanced.Length;
        if (_enhanced.Length == 0 || end >= text.Length || (start > 0 && !char.IsWhiteSpace(text[start - 1])))
        {
            return -1;
        }

        if (text[end] != ' ' || text[at - 1] is not (' ' or '-') || !text.Slice(at, _enhanced.Length).SequenceEqual(_enhanced)
            || !AsciiDigits.TryParse(text.Slice(start, 3), 3, out int found) || found != _code)
        {
            return -1;
        }

        return end + 1;
    }

    /// <summary>Finds the next codes to skip from <paramref name="from"/> on, and moves <paramref name="from"/> past them.</summary>
    public bool Next(ReadOnlySpan<char> text, ref int from, out int start, out int end)
    {
        start = end = 0;
        if (_enhanced.Length == 0)
        {
            return false;
        }

        // The enhanced code is rarer than a digit, so it is what is searched for (a vector at a time on .NET).
        while (from < text.Length)
        {
            int at = text.Slice(from).IndexOf(_enhanced);
            if (at < 0)
            {
                from = text.Length;
                return false;
            }

            at += from;
            from = at + _enhanced.Length;
            if (at >= 4 && (end = EndAt(text, at - 4)) >= 0)
            {
                start = at - 4;
                from = end;
                return true;
            }
        }

        return false;
    }
}
