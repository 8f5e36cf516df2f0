namespace SmtpCodes;

/// <summary>Why a reply could not be parsed; turned into a specific message by <see cref="SmtpResponse.Parse(string)"/>.</summary>
internal enum SmtpResponseError
{
    None,
    Empty,
    EmptyLine,
    MissingCode,
    CodeOutOfRange,
    CodeMismatch,
    BadSeparator,
    Unterminated,
    LinesAfterLast,
}
