using System;
using System.Buffers;
using System.Globalization;
using System.Text;

namespace SmtpCodes;

/// <summary>
/// A server's reply as a user holds it: <c>550 5.1.1 &lt;bob@example.com&gt;: Recipient address rejected</c>, one line
/// or many. Parsed without regular expressions; parsing a single-line reply allocates only the reply's text.
/// </summary>
/// <remarks>
/// A reply is one or more lines (CRLF or LF), each starting with the same three-digit code (100–599); every line but
/// the last has <c>-</c> after the code, the last a space or nothing. A line may carry an enhanced status code
/// (RFC 2034/3463) after the separator; it is recognized when its class matches the reply's first digit, and taken
/// from the first line that has one. A code that <see cref="SmtpReply"/> does not name is kept as its number and
/// described from its digits.
/// </remarks>
public readonly struct SmtpResponse : IEquatable<SmtpResponse>
{
    private const int MaxQuotedLength = 40;

    // Longer multi-line texts are joined in a pooled buffer instead of on the stack.
    private const int MaxStackTextLength = 512;

    private readonly string? _text;

    /// <summary>Creates a response from its parts.</summary>
    /// <param name="code">The reply code. Any number is kept; one outside 100–599 is described as not a reply code.</param>
    /// <param name="enhancedCode">The enhanced status code, if the server sent one.</param>
    /// <param name="text">The reply's text without codes, lines joined by <c>\n</c>.</param>
    public SmtpResponse(SmtpReply code, EnhancedStatusCode? enhancedCode, string? text)
    {
        Code = code;
        EnhancedCode = enhancedCode;
        _text = text;
    }

    /// <summary>The reply code; may be a number <see cref="SmtpReply"/> does not name (check with <see cref="SmtpReplyInfo.IsDefined(SmtpReply)"/>).</summary>
    public SmtpReply Code { get; }

    /// <summary>The enhanced status code (RFC 3463), or <see langword="null"/> when the reply has none.</summary>
    public EnhancedStatusCode? EnhancedCode { get; }

    /// <summary>The server's text without the codes; the lines of a multi-line reply are joined by <c>\n</c>.</summary>
    public string Text => _text ?? string.Empty;

    /// <summary>Compares two responses.</summary>
    /// <param name="left">A response.</param>
    /// <param name="right">Another response.</param>
    /// <returns><see langword="true"/> when code, enhanced code and text are equal.</returns>
    public static bool operator ==(SmtpResponse left, SmtpResponse right) => left.Equals(right);

    /// <summary>Compares two responses.</summary>
    /// <param name="left">A response.</param>
    /// <param name="right">Another response.</param>
    /// <returns><see langword="true"/> when code, enhanced code or text differ.</returns>
    public static bool operator !=(SmtpResponse left, SmtpResponse right) => !left.Equals(right);

    /// <summary>Parses a reply, single or multi-line. Never throws.</summary>
    /// <param name="reply">The reply as the server sent it, CRLF or LF between lines; one trailing line break is allowed.</param>
    /// <param name="response">The response, or <see langword="default"/> when the text is not a reply.</param>
    /// <returns><see langword="true"/> when the text is a well-formed reply.</returns>
    public static bool TryParse(ReadOnlySpan<char> reply, out SmtpResponse response)
    {
        if (Parse(reply, out response, out _, out _) == SmtpResponseError.None)
        {
            return true;
        }

        response = default;
        return false;
    }

    /// <summary>Parses a reply, single or multi-line. Never throws.</summary>
    /// <param name="reply">The reply; <see langword="null"/> fails.</param>
    /// <param name="response">The response, or <see langword="default"/> when the text is not a reply.</param>
    /// <returns><see langword="true"/> when the text is a well-formed reply.</returns>
    public static bool TryParse(string? reply, out SmtpResponse response)
    {
        if (reply is null)
        {
            response = default;
            return false;
        }

        return TryParse(reply.AsSpan(), out response);
    }

    /// <summary>Parses a reply, single or multi-line.</summary>
    /// <param name="reply">The reply as the server sent it.</param>
    /// <returns>The response.</returns>
    /// <exception cref="FormatException">The text is not a reply; the message says which line is wrong and why.</exception>
    public static SmtpResponse Parse(string reply)
    {
        if (reply is null)
        {
            throw new ArgumentNullException(nameof(reply));
        }

        return Parse(reply.AsSpan());
    }

    /// <summary>Parses a reply, single or multi-line.</summary>
    /// <param name="reply">The reply as the server sent it.</param>
    /// <returns>The response.</returns>
    /// <exception cref="FormatException">The text is not a reply; the message says which line is wrong and why.</exception>
    public static SmtpResponse Parse(ReadOnlySpan<char> reply)
    {
        if (!TryParse(reply, out SmtpResponse response, out string? error))
        {
            throw new FormatException(error);
        }

        return response;
    }

    /// <summary>
    /// Parses a reply, single or multi-line, and says why when it cannot: the message <see cref="Parse(string)"/>
    /// would throw. Never throws; for tools that report bad input instead of failing on it.
    /// </summary>
    /// <param name="reply">The reply as the server sent it.</param>
    /// <param name="response">The response, or <see langword="default"/> when the text is not a reply.</param>
    /// <param name="error">Which line is wrong and why, or <see langword="null"/> when parsing succeeds.</param>
    /// <returns><see langword="true"/> when the text is a well-formed reply.</returns>
    public static bool TryParse(ReadOnlySpan<char> reply, out SmtpResponse response, out string? error)
    {
        SmtpResponseError failure = Parse(reply, out response, out int lineNumber, out ReadOnlySpan<char> line);
        if (failure == SmtpResponseError.None)
        {
            error = null;
            return true;
        }

        error = Message(failure, lineNumber, line, response.Code);
        response = default;
        return false;
    }

    /// <summary>
    /// Builds a response from a code and text that a client library has already split, such as MailKit's
    /// <c>SmtpCommandException</c> (<c>StatusCode</c>, <c>Message</c>): an enhanced code at the start of the text (or of
    /// each of its lines) is recognized and removed from the text.
    /// </summary>
    /// <param name="code">The reply code.</param>
    /// <param name="text">The server's text, lines joined by <c>\n</c> or CRLF; may be <see langword="null"/>.</param>
    /// <returns>The response.</returns>
    public static SmtpResponse FromCodeAndText(int code, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new SmtpResponse((SmtpReply)code, null, string.Empty);
        }

        EnhancedStatusCode? enhanced = null;
        var builder = new StringBuilder(text!.Length);
        int start = 0;
        while (start <= text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            ReadOnlySpan<char> line = text.AsSpan(start, end - start).TrimEnd('\r');
            line = TakeEnhancedCode(line, code, ref enhanced);
            if (start > 0)
            {
                builder.Append('\n');
            }

            builder.Append(line.ToString());
            start = end + 1;
        }

        return new SmtpResponse((SmtpReply)code, enhanced, builder.ToString());
    }

    /// <summary>
    /// Describes the reply in a culture: the code's text, then the enhanced code's, e.g.
    /// "Requested action not taken: mailbox unavailable (e.g., …) (5.1.1 Permanent failure: Bad destination mailbox address)".
    /// </summary>
    /// <param name="culture">The culture; <see langword="null"/> means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The localized explanation.</returns>
    public string Describe(CultureInfo? culture = null)
    {
        string basic = Code.Describe(culture);
        return EnhancedCode is { } enhanced
            ? RuntimeTexts.Format(RuntimeTexts.ReplyAndEnhanced, culture, basic, enhanced.ToString(), enhanced.Describe(culture))
            : basic;
    }

    /// <summary>Formats the response as a server would send it, lines separated by CRLF, without a final line break.</summary>
    /// <returns>The reply text, e.g. <c>550 5.1.1 User unknown</c>.</returns>
    public override string ToString()
    {
        string code = ((int)Code).ToString(CultureInfo.InvariantCulture);
        string prefix = EnhancedCode is { } enhanced ? enhanced.ToString() + " " : string.Empty;
        string[] lines = Text.Split('\n');
        var builder = new StringBuilder();
        for (int i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                builder.Append("\r\n");
            }

            builder.Append(code).Append(i < lines.Length - 1 ? '-' : ' ').Append(prefix).Append(lines[i]);
        }

        return builder.ToString();
    }

    /// <inheritdoc />
    public bool Equals(SmtpResponse other) =>
        Code == other.Code && Nullable.Equals(EnhancedCode, other.EnhancedCode) && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SmtpResponse other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() =>
        unchecked(((int)Code * 397) ^ EnhancedCode.GetHashCode() ^ StringComparer.Ordinal.GetHashCode(Text));

    /// <summary>The single pass behind Parse and TryParse: validates every line, then builds the text.</summary>
    private static SmtpResponseError Parse(ReadOnlySpan<char> reply, out SmtpResponse response, out int lineNumber, out ReadOnlySpan<char> badLine)
    {
        response = default;
        lineNumber = 0;
        badLine = default;
        if (reply.Length >= 2 && reply[reply.Length - 2] == '\r' && reply[reply.Length - 1] == '\n')
        {
            reply = reply.Slice(0, reply.Length - 2);
        }
        else if (reply.Length >= 1 && reply[reply.Length - 1] == '\n')
        {
            reply = reply.Slice(0, reply.Length - 1);
        }

        if (reply.IsWhiteSpace())
        {
            return SmtpResponseError.Empty;
        }

        int code = 0;
        EnhancedStatusCode? enhanced = null;
        int lineCount = 0;
        int textLength = 0;
        ReadOnlySpan<char> rest = reply;
        while (true)
        {
            lineNumber++;
            int newline = rest.IndexOf('\n');
            bool isLast = newline < 0;
            ReadOnlySpan<char> line = isLast ? rest : rest.Slice(0, newline);
            line = line.Length > 0 && line[line.Length - 1] == '\r' ? line.Slice(0, line.Length - 1) : line;
            badLine = line;

            if (line.Length == 0)
            {
                return SmtpResponseError.EmptyLine;
            }

            if (!SmtpReplyDigits.TryParseCode(line.Length >= 3 ? line.Slice(0, 3) : line, out int lineCode))
            {
                return SmtpResponseError.MissingCode;
            }

            if (!SmtpReplyDigits.IsReplyCode(lineCode))
            {
                response = new SmtpResponse((SmtpReply)lineCode, null, null);
                return SmtpResponseError.CodeOutOfRange;
            }

            if (lineCount == 0)
            {
                code = lineCode;
            }
            else if (lineCode != code)
            {
                response = new SmtpResponse((SmtpReply)code, null, null);
                return SmtpResponseError.CodeMismatch;
            }

            bool continues = line.Length > 3 && line[3] == '-';
            if (line.Length > 3 && !continues && line[3] != ' ')
            {
                return SmtpResponseError.BadSeparator;
            }

            if (continues && isLast)
            {
                return SmtpResponseError.Unterminated;
            }

            if (!continues && !isLast)
            {
                return SmtpResponseError.LinesAfterLast;
            }

            ReadOnlySpan<char> text = TakeEnhancedCode(line.Length > 4 ? line.Slice(4) : default, code, ref enhanced);
            textLength += text.Length + (lineCount > 0 ? 1 : 0);
            lineCount++;
            if (isLast)
            {
                break;
            }

            rest = rest.Slice(newline + 1);
        }

        lineNumber = 0;
        badLine = default;
        response = new SmtpResponse((SmtpReply)code, enhanced, lineCount == 1 ? SingleLineText(reply, code) : JoinText(reply, code, textLength));
        return SmtpResponseError.None;
    }

    private static string SingleLineText(ReadOnlySpan<char> line, int code)
    {
        line = line.Length > 0 && line[line.Length - 1] == '\r' ? line.Slice(0, line.Length - 1) : line;
        EnhancedStatusCode? ignored = null;
        ReadOnlySpan<char> text = TakeEnhancedCode(line.Length > 4 ? line.Slice(4) : default, code, ref ignored);
        return text.Length == 0 ? string.Empty : text.ToString();
    }

    /// <summary>
    /// Joins the lines' texts with <c>\n</c> into the only string a multi-line reply allocates: they are copied into a
    /// buffer on the stack (or, for a long reply, a pooled one), not appended to a StringBuilder line by line.
    /// </summary>
    private static string JoinText(ReadOnlySpan<char> reply, int code, int length)
    {
        char[]? rented = null;
        Span<char> buffer = length <= MaxStackTextLength
            ? stackalloc char[MaxStackTextLength]
            : (rented = ArrayPool<char>.Shared.Rent(length));
        EnhancedStatusCode? ignored = null;
        int written = 0;
        while (true)
        {
            int newline = reply.IndexOf('\n');
            ReadOnlySpan<char> line = newline < 0 ? reply : reply.Slice(0, newline);
            line = line.Length > 0 && line[line.Length - 1] == '\r' ? line.Slice(0, line.Length - 1) : line;
            ReadOnlySpan<char> text = TakeEnhancedCode(line.Length > 4 ? line.Slice(4) : default, code, ref ignored);
            text.CopyTo(buffer.Slice(written));
            written += text.Length;
            if (newline < 0)
            {
                break;
            }

            buffer[written++] = '\n';
            reply = reply.Slice(newline + 1);
        }

        string joined = buffer.Slice(0, written).ToString();
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return joined;
    }

    /// <summary>
    /// Removes an enhanced status code (and the space after it) from the start of a line's text, when its class matches
    /// the reply's first digit, keeping the first one seen.
    /// </summary>
    private static ReadOnlySpan<char> TakeEnhancedCode(ReadOnlySpan<char> text, int code, scoped ref EnhancedStatusCode? enhanced)
    {
        int end = text.IndexOf(' ');
        ReadOnlySpan<char> candidate = end < 0 ? text : text.Slice(0, end);
        if (!EnhancedStatusCode.TryParse(candidate, out EnhancedStatusCode found) || (int)found.Class != code / 100)
        {
            return text;
        }

        enhanced ??= found;
        return end < 0 ? default : text.Slice(end + 1);
    }

    private static string Message(SmtpResponseError error, int lineNumber, ReadOnlySpan<char> line, SmtpReply code)
    {
        string quoted = line.Length > MaxQuotedLength ? line.Slice(0, MaxQuotedLength).ToString() + "…" : line.ToString();
        string n = lineNumber.ToString(CultureInfo.InvariantCulture);
        string c = ((int)code).ToString(CultureInfo.InvariantCulture);
        return error switch
        {
            SmtpResponseError.Empty => "The reply is empty.",
            SmtpResponseError.EmptyLine => $"Line {n} of the reply is empty.",
            SmtpResponseError.MissingCode => $"Line {n} does not start with a three-digit reply code: '{quoted}'.",
            SmtpResponseError.CodeOutOfRange => $"Line {n}: {line.Slice(0, 3).ToString()} is not a reply code; reply codes are 100 to 599.",
            SmtpResponseError.CodeMismatch => $"Line {n} does not have the code {c} of line 1: '{quoted}'; all lines of a reply share one code.",
            SmtpResponseError.BadSeparator => $"Line {n}: the reply code must be followed by a space, '-' or the end of the line: '{quoted}'.",
            SmtpResponseError.Unterminated => $"Line {n} continues the reply with '-', but no line ends it.",
            _ => $"Line {n} ends the reply, but more lines follow.",
        };
    }
}
