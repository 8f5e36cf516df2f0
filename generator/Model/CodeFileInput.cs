namespace SmtpCodes.Generator.Model
{
    /// <summary>
    /// An additional file marked with <c>SmtpCodesEnum</c> metadata: its path, the enum it names, the table kind its
    /// <c>SmtpCodesKind</c> metadata names (empty for the default), its text, and why its encoding is wrong (null when
    /// the compiler read it as UTF-8 or UTF-16).
    /// </summary>
    internal readonly record struct CodeFileInput(string Path, string? EnumName, string Kind, string Text, string? EncodingProblem = null);
}
