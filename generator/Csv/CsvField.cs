namespace SmtpCodes.Generator.Csv
{
    /// <summary>One field of a CSV record: its unquoted value and where its text starts in the file.</summary>
    internal readonly record struct CsvField(string Value, int Line, int Column, int Offset, int Length);
}
