using System;
using System.Globalization;

namespace SmtpCodes;

/// <summary>
/// An enhanced status code (RFC 3463, registry RFC 5248) such as <c>5.1.1</c>: a class (2, 4 or 5), a subject and a
/// detail. Described from <c>enhanced-codes.csv</c>: an unknown detail falls back to its subject's text, an unknown
/// subject to its class's, never to another entry.
/// </summary>
public readonly struct EnhancedStatusCode : IEquatable<EnhancedStatusCode>
{
    private readonly byte _class;
    private readonly short _subject;
    private readonly short _detail;

    /// <summary>Creates an enhanced status code.</summary>
    /// <param name="classDigit">The class: 2, 4 or 5.</param>
    /// <param name="subject">The subject, 0–999.</param>
    /// <param name="detail">The detail, 0–999.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range.</exception>
    public EnhancedStatusCode(int classDigit, int subject, int detail)
    {
        if (classDigit != 2 && classDigit != 4 && classDigit != 5)
        {
            throw new ArgumentOutOfRangeException(nameof(classDigit), classDigit, "The class of an enhanced status code is 2, 4 or 5.");
        }

        if (subject < 0 || subject > EnhancedStatusDigits.MaxNumber)
        {
            throw new ArgumentOutOfRangeException(nameof(subject), subject, "The subject of an enhanced status code is 0 to 999.");
        }

        if (detail < 0 || detail > EnhancedStatusDigits.MaxNumber)
        {
            throw new ArgumentOutOfRangeException(nameof(detail), detail, "The detail of an enhanced status code is 0 to 999.");
        }

        _class = (byte)classDigit;
        _subject = (short)subject;
        _detail = (short)detail;
    }

    /// <summary>The class: 2 (success), 4 (persistent transient failure) or 5 (permanent failure).</summary>
    public EnhancedStatusClass Class => (EnhancedStatusClass)_class;

    /// <summary>The subject: the middle number (1 in 5.1.1: addressing).</summary>
    public int Subject => _subject;

    /// <summary>The detail: the last number (the second 1 in 5.1.1).</summary>
    public int Detail => _detail;

    /// <summary>
    /// The registry entry for the subject and detail, whatever the class: <see cref="EnhancedStatus.BadDestinationMailboxAddress"/>
    /// for 5.1.1. For an entry the registry does not list, a value that is not a member of the enum.
    /// </summary>
    public EnhancedStatus Status => (EnhancedStatus)((_subject * 1000) + _detail);

    /// <summary>Whether the registry lists this subject and detail.</summary>
    public bool IsKnown => EnhancedStatusInfo.IsDefined(Status);

    /// <summary>Compares two codes.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">Another code.</param>
    /// <returns><see langword="true"/> when class, subject and detail are equal.</returns>
    public static bool operator ==(EnhancedStatusCode left, EnhancedStatusCode right) => left.Equals(right);

    /// <summary>Compares two codes.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">Another code.</param>
    /// <returns><see langword="true"/> when class, subject or detail differ.</returns>
    public static bool operator !=(EnhancedStatusCode left, EnhancedStatusCode right) => !left.Equals(right);

    /// <summary>Parses <c>C.S.D</c>, such as <c>5.1.1</c>, exactly, without allocating.</summary>
    /// <param name="text">The text; nothing may come before or after the code.</param>
    /// <param name="code">The code, or <see langword="default"/> when parsing fails.</param>
    /// <returns><see langword="true"/> when the text is an enhanced status code with class 2, 4 or 5.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out EnhancedStatusCode code)
    {
        if (EnhancedStatusDigits.TryParse(text, out int c, out int s, out int d))
        {
            code = new EnhancedStatusCode(c, s, d);
            return true;
        }

        code = default;
        return false;
    }

    /// <summary>Parses <c>C.S.D</c>, such as <c>5.1.1</c>, exactly.</summary>
    /// <param name="text">The text; <see langword="null"/> fails.</param>
    /// <param name="code">The code, or <see langword="default"/> when parsing fails.</param>
    /// <returns><see langword="true"/> when the text is an enhanced status code with class 2, 4 or 5.</returns>
    public static bool TryParse(string? text, out EnhancedStatusCode code)
    {
        if (text is null)
        {
            code = default;
            return false;
        }

        return TryParse(text.AsSpan(), out code);
    }

    /// <summary>Parses <c>C.S.D</c>, such as <c>5.1.1</c>, exactly.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is not an enhanced status code.</exception>
    public static EnhancedStatusCode Parse(string text)
    {
        if (!TryParse(text, out EnhancedStatusCode code))
        {
            throw new FormatException($"'{text}' is not an enhanced status code: expected class.subject.detail, such as 5.1.1, with class 2, 4 or 5 and up to three digits each for subject and detail.");
        }

        return code;
    }

    /// <summary>
    /// Describes the code in a culture: the class, then the registry entry ("Permanent failure: Bad destination mailbox
    /// address"). An unknown detail is described by its subject; an unknown subject as an unknown status.
    /// </summary>
    /// <param name="culture">The culture; <see langword="null"/> means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The localized description.</returns>
    public string Describe(CultureInfo? culture = null)
    {
        if (_class == 0)
        {
            // default(EnhancedStatusCode) is 0.0.0, which is not a code.
            return RuntimeTexts.Format(RuntimeTexts.EnhancedNotAStatus, culture, ToString());
        }

        int classIndex = EnhancedStatusInfo.ClassIndex(_class);
        string classText = classIndex < 0 ? Class.ToString() : EnhancedStatusInfo.Table.Get(classIndex, culture);
        return RuntimeTexts.Format(RuntimeTexts.EnhancedDescription, culture, classText, Status.Describe(culture));
    }

    /// <summary>Formats the code as <c>5.1.1</c>, without allocating.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too short.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        int length = 3 + Digits(_subject) + Digits(_detail);
        if (destination.Length < length)
        {
            return false;
        }

        destination[0] = (char)('0' + _class);
        destination[1] = '.';
        int at = WriteNumber(destination, 2, _subject);
        destination[at] = '.';
        charsWritten = WriteNumber(destination, at + 1, _detail);
        return true;
    }

    /// <summary>Formats the code as <c>5.1.1</c>.</summary>
    /// <returns>The code's text.</returns>
    public override string ToString() =>
        string.Concat(
            _class.ToString(CultureInfo.InvariantCulture), ".",
            _subject.ToString(CultureInfo.InvariantCulture), ".",
            _detail.ToString(CultureInfo.InvariantCulture));

    /// <inheritdoc />
    public bool Equals(EnhancedStatusCode other) => _class == other._class && _subject == other._subject && _detail == other._detail;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EnhancedStatusCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (_class * 1_000_000) + (_subject * 1000) + _detail;

    private static int Digits(int value) => value >= 100 ? 3 : value >= 10 ? 2 : 1;

    private static int WriteNumber(Span<char> destination, int at, int value)
    {
        int digits = Digits(value);
        for (int i = digits - 1; i >= 0; i--)
        {
            destination[at + i] = (char)('0' + (value % 10));
            value /= 10;
        }

        return at + digits;
    }
}
