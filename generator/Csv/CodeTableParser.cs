using System;
using System.Collections.Generic;
using System.Linq;
using SmtpCodes.Generator.Model;
using SmtpCodes.Generator.Names;

namespace SmtpCodes.Generator.Csv
{
    /// <summary>
    /// Turns the text of a code table CSV (<c>code,name,source,en[,culture...]</c>) into a <see cref="CodeTable"/>
    /// and a list of problems. Pure and culture-invariant; it never throws on any input.
    /// </summary>
    internal static class CodeTableParser
    {
        /// <summary>The fixed columns every code table starts with; every column after them is a culture.</summary>
        public static readonly string[] FixedColumns = { "code", "name", "source", "en" };

        public const string VendorSource = "vendor";

        /// <summary>Parses a table; member names are checked with <see cref="GeneratedNameRules.CheckMemberName"/>.</summary>
        public static CodeTableParseResult Parse(string text, CodeTableKind kind = CodeTableKind.Reply)
        {
            var problems = new List<CodeTableProblem>();
            if (FindReplacementCharacter(text) is { } replacement)
            {
                // The file was not valid UTF-8 (a Latin-1 file, a UTF-16 file with a lone surrogate): whoever decoded it
                // replaced what it could not read with U+FFFD, and every such text would be silently wrong.
                problems.Add(replacement);
                return new CodeTableParseResult(null, new EquatableArray<CodeTableProblem>(problems.ToArray()));
            }

            List<CsvRecord> records = CsvRecordReader.Read(text, problems);
            if (records.Count == 0)
            {
                if (problems.Count == 0)
                {
                    problems.Add(CodeTableProblem.AtLine(CodeTableProblemKind.EmptyFile, 0, 0, 0, "code,name,source,en"));
                }

                return new CodeTableParseResult(null, new EquatableArray<CodeTableProblem>(problems.ToArray()));
            }

            CsvRecord header = records[0];
            string[]? cultures = ReadHeader(header, problems);
            if (cultures is null)
            {
                return new CodeTableParseResult(null, new EquatableArray<CodeTableProblem>(problems.ToArray()));
            }

            int columnCount = header.Fields.Count;
            var rows = new List<CodeRow>();
            var lineOfCode = new Dictionary<int, int>();
            var lineOfName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

            for (int r = 1; r < records.Count; r++)
            {
                CsvRecord record = records[r];
                EquatableArray<CsvField> fields = record.Fields;
                if (fields.Count != columnCount)
                {
                    problems.Add(CodeTableProblem.ColumnCount(record, columnCount));
                    continue;
                }

                CsvField codeField = fields[0];
                CsvField nameField = fields[1];
                CsvField sourceField = fields[2];
                CsvField englishField = fields[3];

                if (!TryReadCode(codeField.Value, kind, out int code, out CodeRowKind rowKind))
                {
                    problems.Add(CodeTableProblem.At(CodeTableProblemKind.InvalidCode, codeField, DiagnosticText.Quote(codeField.Value), ExpectedCode(kind)));
                    continue;
                }

                string displayCode = new CodeRow(code, rowKind, string.Empty, string.Empty, EquatableArray<string>.Empty, 0).DisplayCode;

                if (GeneratedNameRules.CheckMemberName(nameField.Value) is { } whyNot)
                {
                    problems.Add(CodeTableProblem.At(CodeTableProblemKind.InvalidName, nameField, DiagnosticText.Quote(nameField.Value), whyNot));
                    continue;
                }

                if (!IsValidSource(sourceField.Value))
                {
                    problems.Add(CodeTableProblem.At(CodeTableProblemKind.InvalidSource, sourceField, DiagnosticText.Quote(sourceField.Value)));
                    continue;
                }

                if (IsBlank(englishField.Value))
                {
                    problems.Add(CodeTableProblem.At(CodeTableProblemKind.EmptyEnglishText, englishField, "Code " + displayCode));
                    continue;
                }

                if (lineOfCode.TryGetValue(code, out int firstCodeLine))
                {
                    problems.Add(CodeTableProblem.At(CodeTableProblemKind.DuplicateCode, codeField, displayCode, Format(firstCodeLine + 1)));
                    continue;
                }

                if (lineOfName.TryGetValue(nameField.Value, out int firstNameLine))
                {
                    problems.Add(CodeTableProblem.At(CodeTableProblemKind.DuplicateName, nameField, DiagnosticText.Quote(nameField.Value), Format(firstNameLine + 1)));
                    continue;
                }

                lineOfCode.Add(code, record.Line);
                lineOfName.Add(nameField.Value, record.Line);

                if (FindInvalidCharacter(fields, cultures.Length) is { } bad)
                {
                    problems.Add(CodeTableProblem.At(CodeTableProblemKind.InvalidCharacter, bad.Field, displayCode, cultures[bad.Column], bad.Character));
                    continue;
                }

                var texts = new string[cultures.Length];
                texts[0] = englishField.Value;
                for (int c = 1; c < cultures.Length; c++)
                {
                    CsvField field = fields[3 + c];
                    if (IsBlank(field.Value))
                    {
                        problems.Add(CodeTableProblem.At(CodeTableProblemKind.EmptyCultureText, field, "Code " + displayCode, cultures[c]));
                        texts[c] = string.Empty;
                    }
                    else
                    {
                        texts[c] = field.Value;
                    }
                }

                rows.Add(new CodeRow(code, rowKind, nameField.Value, sourceField.Value, new EquatableArray<string>(texts), record.Line));
            }

            CodeRow[] sorted = rows.OrderBy(row => row.Code).ToArray();
            var table = new CodeTable(new EquatableArray<string>(cultures), new EquatableArray<CodeRow>(sorted));
            return new CodeTableParseResult(table, new EquatableArray<CodeTableProblem>(problems.ToArray()));
        }

        /// <summary>Checks the header and returns its cultures (<c>en</c> first), or null after reporting why it is unusable.</summary>
        private static string[]? ReadHeader(CsvRecord header, List<CodeTableProblem> problems)
        {
            EquatableArray<CsvField> fields = header.Fields;
            for (int i = 0; i < FixedColumns.Length; i++)
            {
                if (i >= fields.Count || !string.Equals(fields[i].Value, FixedColumns[i], StringComparison.Ordinal))
                {
                    string found = string.Join(",", fields.Select(f => f.Value));
                    CsvField at = i < fields.Count ? fields[i] : fields[fields.Count - 1];
                    problems.Add(CodeTableProblem.At(
                        CodeTableProblemKind.HeaderInvalid, at,
                        $"it must start with '{string.Join(",", FixedColumns)}' but is '{DiagnosticText.Quote(found)}'"));
                    return null;
                }
            }

            var cultures = new List<string> { "en" };
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "en" };
            for (int i = FixedColumns.Length; i < fields.Count; i++)
            {
                CsvField field = fields[i];
                if (!IsCultureName(field.Value))
                {
                    problems.Add(CodeTableProblem.At(
                        CodeTableProblemKind.HeaderInvalid, field,
                        $"column '{DiagnosticText.Quote(field.Value)}' is not a culture name such as 'tr' or 'pt-BR'"));
                    return null;
                }

                string culture = CanonicalCultureName(field.Value);
                if (!seen.Add(culture))
                {
                    problems.Add(CodeTableProblem.At(
                        CodeTableProblemKind.HeaderInvalid, field,
                        $"culture column '{culture}' appears more than once (culture names are compared ignoring case)"));
                    return null;
                }

                cultures.Add(culture);
            }

            return cultures.ToArray();
        }

        private static string ExpectedCode(CodeTableKind kind) => kind == CodeTableKind.Enhanced
            ? "an enhanced status code such as X.1.1 (detail), X.1.X (subject) or 5.X.X (class 2, 4 or 5)"
            : "a three-digit SMTP reply code from 100 to 599";

        private static bool TryReadCode(string text, CodeTableKind kind, out int code, out CodeRowKind rowKind)
        {
            if (kind == CodeTableKind.Reply)
            {
                rowKind = CodeRowKind.Reply;
                return TryReadCode(text, out code);
            }

            return TryReadEnhancedCode(text, out code, out rowKind);
        }

        /// <summary>
        /// <c>C.X.X</c> with C in 2, 4, 5 (a class); <c>X.S.X</c> (a subject); <c>X.S.D</c> (a detail); S and D are 1–3
        /// ASCII digits (RFC 3463).
        /// </summary>
        private static bool TryReadEnhancedCode(string text, out int code, out CodeRowKind rowKind)
        {
            code = 0;
            rowKind = CodeRowKind.EnhancedDetail;
            string[] parts = text.Split('.');
            if (parts.Length != 3)
            {
                return false;
            }

            if (parts[1] == "X" && parts[2] == "X" && parts[0].Length == 1 && (parts[0][0] == '2' || parts[0][0] == '4' || parts[0][0] == '5'))
            {
                rowKind = CodeRowKind.EnhancedClass;
                code = CodeRow.EnhancedKey(rowKind, parts[0][0] - '0', 0, 0);
                return true;
            }

            if (parts[0] != "X" || !TryReadNumber(parts[1], out int subject))
            {
                return false;
            }

            if (parts[2] == "X")
            {
                rowKind = CodeRowKind.EnhancedSubject;
                code = CodeRow.EnhancedKey(rowKind, 0, subject, 0);
                return true;
            }

            if (!TryReadNumber(parts[2], out int detail))
            {
                return false;
            }

            code = CodeRow.EnhancedKey(rowKind, 0, subject, detail);
            return true;
        }

        /// <summary>One to three ASCII digits: the subject or detail of an enhanced status code.</summary>
        public static bool TryReadNumber(string text, out int value)
        {
            value = 0;
            if (text.Length == 0 || text.Length > 3)
            {
                return false;
            }

            foreach (char c in text)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            return true;
        }

        /// <summary>Exactly three ASCII digits, 100 to 599.</summary>
        public static bool TryReadCode(string text, out int code)
        {
            code = 0;
            if (text.Length != 3)
            {
                return false;
            }

            foreach (char c in text)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }

                code = (code * 10) + (c - '0');
            }

            return code >= 100 && code <= 599;
        }

        /// <summary><c>vendor</c>, or one or more RFC numbers separated by <c>/</c> (e.g. <c>5321</c>, <c>3463/5248</c>).</summary>
        public static bool IsValidSource(string text)
        {
            if (string.Equals(text, VendorSource, StringComparison.Ordinal))
            {
                return true;
            }

            string[] parts = text.Split('/');
            foreach (string part in parts)
            {
                if (part.Length == 0 || part.Length > 5 || !part.All(c => c >= '0' && c <= '9'))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// A BCP 47 shaped name: a 2–3 letter language, then subtags of 2–8 letters or digits (<c>tr</c>, <c>pt-BR</c>,
        /// <c>zh-Hans</c>). Checked by shape, not against the machine's culture data, so the result is the same everywhere.
        /// </summary>
        public static bool IsCultureName(string text)
        {
            string[] parts = text.Split('-');
            if (parts[0].Length < 2 || parts[0].Length > 3 || !parts[0].All(IsAsciiLetter))
            {
                return false;
            }

            for (int i = 1; i < parts.Length; i++)
            {
                if (parts[i].Length < 2 || parts[i].Length > 8 || !parts[i].All(c => IsAsciiLetter(c) || (c >= '0' && c <= '9')))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Finds a character that XML 1.0, and so a .resx file, cannot hold: C0 controls other than tab and line
        /// breaks, U+FFFE, U+FFFF and unpaired surrogates.
        /// </summary>
        private static (CsvField Field, int Column, string Character)? FindInvalidCharacter(EquatableArray<CsvField> fields, int cultureCount)
        {
            for (int c = 0; c < cultureCount; c++)
            {
                CsvField field = fields[3 + c];
                int bad = AttributeTableParser.FirstInvalidCharacter(field.Value);
                if (bad >= 0)
                {
                    return (field, c, ((int)field.Value[bad]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            return null;
        }

        /// <summary>
        /// The casing .NET gives a culture name (<c>TR</c> → <c>tr</c>, <c>pt-br</c> → <c>pt-BR</c>, <c>zh-hans</c> →
        /// <c>zh-Hans</c>): the satellite folder is named after the column, and a <c>TR/</c> folder is never found on a
        /// case-sensitive file system. By shape, like <see cref="IsCultureName"/>: language lowercase, a four-letter
        /// script title case, a two-letter or three-digit region uppercase, anything else lowercase.
        /// </summary>
        public static string CanonicalCultureName(string name)
        {
            string[] parts = name.Split('-');
            for (int i = 0; i < parts.Length; i++)
            {
                string part = ToLowerAscii(parts[i]);
                if (i > 0 && part.Length == 4 && part.All(IsAsciiLetter))
                {
                    part = ToUpperAscii(part.Substring(0, 1)) + part.Substring(1);
                }
                else if (i > 0 && (part.Length == 2 || (part.Length == 3 && part.All(c => c >= '0' && c <= '9'))))
                {
                    part = ToUpperAscii(part);
                }

                parts[i] = part;
            }

            return string.Join("-", parts);
        }

        private static string ToLowerAscii(string text) =>
            new string(text.Select(c => c >= 'A' && c <= 'Z' ? (char)(c + 32) : c).ToArray());

        private static string ToUpperAscii(string text) =>
            new string(text.Select(c => c >= 'a' && c <= 'z' ? (char)(c - 32) : c).ToArray());

        /// <summary>Finds the first U+FFFD, the character a decoder puts where bytes are not valid UTF-8 (or UTF-16).</summary>
        private static CodeTableProblem? FindReplacementCharacter(string text)
        {
            int index = text.IndexOf('\uFFFD');
            if (index < 0)
            {
                return null;
            }

            int line = 0;
            int lineStart = 0;
            for (int i = 0; i < index; i++)
            {
                if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            return new CodeTableProblem(CodeTableProblemKind.InvalidEncoding, line, index - lineStart, index, 1, EquatableArray<string>.Empty);
        }

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        private static bool IsBlank(string text) => text.Trim().Length == 0;

        private static string Format(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
