using System.Collections.Generic;
using System.Text;
using SmtpCodes.Generator.Model;

namespace SmtpCodes.Generator.Csv
{
    /// <summary>
    /// Splits RFC 4180 CSV text into records. Quoted fields may hold commas, doubled quotes and line breaks,
    /// which are kept exactly. Blank lines are skipped. A record with broken quoting is reported and left out;
    /// an unterminated quote swallows the rest of the file, so it is reported and reading stops.
    /// </summary>
    internal static class CsvRecordReader
    {
        public static List<CsvRecord> Read(string text, List<CodeTableProblem> problems)
        {
            var records = new List<CsvRecord>();
            var fields = new List<CsvField>();
            var value = new StringBuilder();
            int length = text.Length;
            int i = length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            int line = 0;
            int lineStart = i;
            int recordLine = 0;
            int recordOffset = i;
            bool recordBroken = false;

            while (true)
            {
                int fieldStart = i;
                int fieldLine = line;
                int fieldColumn = i - lineStart;
                value.Clear();
                bool quoted = i < length && text[i] == '"';

                if (quoted)
                {
                    i++;
                    bool closed = false;
                    while (i < length)
                    {
                        char c = text[i];
                        if (c == '"')
                        {
                            if (i + 1 < length && text[i + 1] == '"')
                            {
                                value.Append('"');
                                i += 2;
                                continue;
                            }

                            i++;
                            closed = true;
                            break;
                        }

                        value.Append(c);
                        i++;
                        if (c == '\n' || (c == '\r' && (i >= length || text[i] != '\n')))
                        {
                            line++;
                            lineStart = i;
                        }
                    }

                    if (!closed)
                    {
                        problems.Add(CodeTableProblem.AtLine(CodeTableProblemKind.UnterminatedQuote, fieldLine, fieldColumn, fieldStart));
                        return records;
                    }

                    if (i < length && !IsFieldEnd(text[i]))
                    {
                        problems.Add(CodeTableProblem.AtLine(CodeTableProblemKind.MalformedQuote, line, i - lineStart, i, "text after the closing quote"));
                        recordBroken = true;
                        while (i < length && !IsFieldEnd(text[i]))
                        {
                            i++;
                        }
                    }
                }
                else
                {
                    while (i < length && !IsFieldEnd(text[i]))
                    {
                        if (text[i] == '"' && !recordBroken)
                        {
                            problems.Add(CodeTableProblem.AtLine(CodeTableProblemKind.MalformedQuote, line, i - lineStart, i, "a quote inside a field that does not start with a quote"));
                            recordBroken = true;
                        }

                        value.Append(text[i]);
                        i++;
                    }
                }

                fields.Add(new CsvField(value.ToString(), fieldLine, fieldColumn, fieldStart, i - fieldStart));

                if (i < length && text[i] == ',')
                {
                    i++;
                    continue;
                }

                bool blank = fields.Count == 1 && fields[0].Length == 0;
                if (!blank && !recordBroken)
                {
                    records.Add(new CsvRecord(new EquatableArray<CsvField>(fields.ToArray()), recordLine, recordOffset));
                }

                fields.Clear();
                recordBroken = false;
                if (i >= length)
                {
                    return records;
                }

                i += text[i] == '\r' && i + 1 < length && text[i + 1] == '\n' ? 2 : 1;
                line++;
                lineStart = i;
                recordLine = line;
                recordOffset = i;
                if (i >= length)
                {
                    return records;
                }
            }
        }

        private static bool IsFieldEnd(char c) => c == ',' || c == '\n' || c == '\r';
    }
}
