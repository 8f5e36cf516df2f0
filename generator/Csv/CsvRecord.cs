using SmtpCodes.Generator.Model;

namespace SmtpCodes.Generator.Csv
{
    /// <summary>One CSV record (a logical row, which may span lines inside quotes) and the line it starts on.</summary>
    internal readonly record struct CsvRecord(EquatableArray<CsvField> Fields, int Line, int Offset);
}
