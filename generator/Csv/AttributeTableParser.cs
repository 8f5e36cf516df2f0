using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SmtpCodes.Generator.Model;
using SmtpCodes.Generator.Names;

namespace SmtpCodes.Generator.Csv
{
    /// <summary>
    /// Parses the tables whose rows are not reply codes: reasons (<c>name,bounce,en,…,action.en,…</c>), vendor entries
    /// (<c>status,tag,name,reason,en,…</c>), rules (<c>reason,status,reply,phrase,vendor[,command]</c>) and texts
    /// (<c>name,en,…</c>).
    /// Pure and culture-invariant like <see cref="CodeTableParser"/>, and it never throws on any input.
    /// </summary>
    /// <remarks>
    /// The result is a <see cref="CodeTable"/> so that the .resx task and the text table work unchanged: a reason table
    /// holds its members (valued by position) followed by one <see cref="CodeRowKind.ReasonAction"/> row per reason,
    /// keyed <c>Name.Action</c>. The non-text columns go into <see cref="CodeRow.Extra"/>.
    /// </remarks>
    internal static class AttributeTableParser
    {
        public static readonly string[] ReasonColumns = { "name", "bounce" };
        public static readonly string[] VendorColumns = { "status", "tag", "name", "reason" };
        public static readonly string[] RuleColumns = { "reason", "status", "reply", "phrase", "vendor" };
        public static readonly string[] TextColumns = { "name" };
        public static readonly string[] BounceValues = { "hard", "soft", "none" };

        /// <summary>A rule table's optional last column: the SMTP command a reply must answer for the rule to hold.</summary>
        public const string CommandColumn = "command";

        /// <summary>
        /// The values of the <c>command</c> column, as a session transcript writes the commands (RFC 5321), and the members of
        /// the runtime's <c>SmtpCommand</c> they stand for. A test checks that every member named here exists.
        /// </summary>
        public static readonly (string Value, string Member)[] CommandValues =
        {
            ("CONNECT", "Connect"), ("EHLO", "Hello"), ("STARTTLS", "StartTls"), ("AUTH", "Auth"),
            ("MAIL", "MailFrom"), ("RCPT", "RcptTo"), ("DATA", "Data"),
        };

        /// <summary>The prefix of a reason table's action columns: <c>action.en</c>, <c>action.tr</c>.</summary>
        public const string ActionPrefix = "action.";

        /// <summary>Added to a reason's position to give its action row a code of its own.</summary>
        public const int ActionCodeBase = 100000;

        public static string[] FixedColumns(CodeTableKind kind) => kind switch
        {
            CodeTableKind.Reason => ReasonColumns,
            CodeTableKind.Vendor => VendorColumns,
            CodeTableKind.Text => TextColumns,
            _ => RuleColumns,
        };

        public static CodeTableParseResult Parse(string text, CodeTableKind kind)
        {
            var problems = new List<CodeTableProblem>();
            List<CsvRecord> records = CsvRecordReader.Read(text, problems);
            if (records.Count == 0)
            {
                if (problems.Count == 0)
                {
                    problems.Add(CodeTableProblem.AtLine(CodeTableProblemKind.EmptyFile, 0, 0, 0, ExpectedHeader(kind)));
                }

                return Result(null, problems);
            }

            string[] fixedColumns = FixedColumns(kind);
            CsvRecord header = records[0];
            string[]? cultures = ReadHeader(header, fixedColumns, kind, problems);
            if (cultures is null)
            {
                return Result(null, problems);
            }

            int columnCount = header.Fields.Count;
            var members = new List<CodeRow>();
            var actions = new List<CodeRow>();
            var lineOfName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var lineOfKey = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

            for (int r = 1; r < records.Count; r++)
            {
                CsvRecord record = records[r];
                EquatableArray<CsvField> fields = record.Fields;
                if (fields.Count != columnCount)
                {
                    problems.Add(CodeTableProblem.ColumnCount(record, columnCount));
                    continue;
                }

                int position = members.Count;
                CodeRow? row = kind switch
                {
                    CodeTableKind.Reason => ReadReason(fields, position, record.Line, lineOfName, problems),
                    CodeTableKind.Vendor => ReadVendorEntry(fields, position, record.Line, lineOfName, lineOfKey, problems),
                    CodeTableKind.Text => ReadText(fields, position, record.Line, lineOfName, problems),
                    _ => ReadRule(fields, position, record.Line, columnCount > RuleColumns.Length, lineOfKey, problems),
                };
                if (row is null)
                {
                    continue;
                }

                int firstText = fixedColumns.Length;
                string[]? texts = ReadTexts(fields, firstText, cultures, row.Value, problems);
                if (texts is null && cultures.Length > 0)
                {
                    continue;
                }

                if (kind == CodeTableKind.Reason)
                {
                    string[]? actionTexts = ReadTexts(fields, firstText + cultures.Length, cultures, row.Value, problems);
                    if (actionTexts is null)
                    {
                        continue;
                    }

                    actions.Add(new CodeRow(ActionCodeBase + position, CodeRowKind.ReasonAction, row.Value.Name + ".Action", string.Empty, new EquatableArray<string>(actionTexts), record.Line));
                }

                members.Add(row.Value with { Texts = new EquatableArray<string>(texts ?? Array.Empty<string>()) });
            }

            CodeRow[] rows = members.Concat(actions).ToArray();
            return Result(new CodeTable(new EquatableArray<string>(cultures), new EquatableArray<CodeRow>(rows)), problems);
        }

        private static CodeRow? ReadReason(
            EquatableArray<CsvField> fields, int position, int line,
            Dictionary<string, int> lineOfName, List<CodeTableProblem> problems)
        {
            CsvField name = fields[0];
            CsvField bounce = fields[1];
            if (!ReadName(name, lineOfName, problems))
            {
                return null;
            }

            if (!BounceValues.Contains(bounce.Value, StringComparer.Ordinal))
            {
                problems.Add(CodeTableProblem.At(CodeTableProblemKind.InvalidValue, bounce, "bounce", DiagnosticText.Quote(bounce.Value), "'hard', 'soft' or 'none'"));
                return null;
            }

            return new CodeRow(position, CodeRowKind.Reason, name.Value, bounce.Value, EquatableArray<string>.Empty, line)
            {
                Extra = new EquatableArray<string>(new[] { bounce.Value }),
            };
        }

        private static CodeRow? ReadText(
            EquatableArray<CsvField> fields, int position, int line,
            Dictionary<string, int> lineOfName, List<CodeTableProblem> problems)
        {
            CsvField name = fields[0];
            return ReadName(name, lineOfName, problems)
                ? new CodeRow(position, CodeRowKind.Text, name.Value, string.Empty, EquatableArray<string>.Empty, line)
                : null;
        }

        private static CodeRow? ReadVendorEntry(
            EquatableArray<CsvField> fields, int position, int line,
            Dictionary<string, int> lineOfName, Dictionary<string, int> lineOfKey, List<CodeTableProblem> problems)
        {
            CsvField status = fields[0];
            CsvField tag = fields[1];
            CsvField name = fields[2];
            CsvField reason = fields[3];
            if (!TryReadStatus(status.Value, requireClass: true, out _))
            {
                problems.Add(CodeTableProblem.At(CodeTableProblemKind.InvalidCode, status, DiagnosticText.Quote(status.Value), "an enhanced status code with its class, such as 5.7.26"));
                return null;
            }

            if (!ReadName(name, lineOfName, problems) || !ReadReasonName(reason, problems))
            {
                return null;
            }

            string key = status.Value + "|" + tag.Value.Trim();
            if (lineOfKey.TryGetValue(key, out int firstLine))
            {
                problems.Add(CodeTableProblem.At(CodeTableProblemKind.DuplicateCode, status, status.Value + (tag.Value.Trim().Length > 0 ? " with tag '" + DiagnosticText.Quote(tag.Value.Trim()) + "'" : string.Empty), Format(firstLine + 1)));
                return null;
            }

            lineOfKey.Add(key, line);
            return new CodeRow(position, CodeRowKind.VendorEntry, name.Value, status.Value, EquatableArray<string>.Empty, line)
            {
                Extra = new EquatableArray<string>(new[] { tag.Value.Trim(), reason.Value }),
            };
        }

        private static CodeRow? ReadRule(EquatableArray<CsvField> fields, int position, int line, bool hasCommand, Dictionary<string, int> lineOfKey, List<CodeTableProblem> problems)
        {
            CsvField reason = fields[0];
            CsvField status = fields[1];
            CsvField reply = fields[2];
            CsvField phrase = fields[3];
            CsvField vendor = fields[4];
            if (!ReadReasonName(reason, problems))
            {
                return null;
            }

            if (status.Value.Length > 0 && !TryReadRuleStatus(status.Value, out _))
            {
                problems.Add(CodeTableProblem.At(CodeTableProblemKind.InvalidCode, status, DiagnosticText.Quote(status.Value), "an enhanced status code such as 5.1.1, X.1.1 (any class) or X.1.X (any detail)"));
                return null;
            }

            if (reply.Value.Length > 0 && !CodeTableParser.TryReadCode(reply.Value, out _) && !IsReplyClass(reply.Value))
            {
                problems.Add(CodeTableProblem.At(CodeTableProblemKind.InvalidCode, reply, DiagnosticText.Quote(reply.Value), "a three-digit SMTP reply code from 100 to 599, or a class such as 5XX"));
                return null;
            }


            if (phrase.Value.Length > 0 && (phrase.Value.Trim().Length != phrase.Value.Length || FirstInvalidCharacter(phrase.Value) >= 0))
            {
                problems.Add(CodeTableProblem.At(CodeTableProblemKind.InvalidValue, phrase, "phrase", DiagnosticText.Quote(phrase.Value), "text without control characters or white space at either end"));
                return null;
            }

            if (vendor.Value.Length > 0 && !GeneratedNameRules.IsValidMemberName(vendor.Value))
            {
                problems.Add(CodeTableProblem.At(CodeTableProblemKind.InvalidValue, vendor, "vendor", DiagnosticText.Quote(vendor.Value), "empty or a vendor name such as 'Google'"));
                return null;
            }

            bool anyCommand = hasCommand && fields[5].Value.Length > 0;
            if (status.Value.Length == 0 && reply.Value.Length == 0 && phrase.Value.Trim().Length == 0 && !anyCommand)
            {
                problems.Add(CodeTableProblem.At(CodeTableProblemKind.InvalidValue, reason, "status, reply, phrase, command", string.Empty, "a rule with at least one condition: a status, a reply code, a phrase or a command"));
                return null;
            }

            string command = string.Empty;
            if (hasCommand && fields[5].Value.Length > 0)
            {
                CsvField commandField = fields[5];
                command = CommandValues.FirstOrDefault(c => string.Equals(c.Value, commandField.Value, StringComparison.Ordinal)).Member ?? string.Empty;
                if (command.Length == 0)
                {
                    problems.Add(CodeTableProblem.At(CodeTableProblemKind.InvalidValue, commandField, "command", DiagnosticText.Quote(commandField.Value), "empty or one of " + string.Join(", ", CommandValues.Select(c => c.Value))));
                    return null;
                }
            }

            // The first rule (in file order) whose conditions hold decides, so a later rule with the same conditions never
            // does: it is an editing mistake, whichever reason it names. Phrases compare as the matcher reads them.
            string normalized = NormalizePhrase(phrase.Value);
            string conditions = DescribeConditions(status.Value, reply.Value, normalized, vendor.Value, command, quote: false);
            if (lineOfKey.TryGetValue(conditions, out int firstLine))
            {
                string shown = DescribeConditions(status.Value, reply.Value, normalized, vendor.Value, command, quote: true);
                problems.Add(CodeTableProblem.At(CodeTableProblemKind.DuplicateRule, reason, shown, Format(firstLine + 1)));
                return null;
            }

            lineOfKey.Add(conditions, line);
            return new CodeRow(position, CodeRowKind.Rule, "Rule" + Format(position + 1), string.Empty, EquatableArray<string>.Empty, line)
            {
                Extra = new EquatableArray<string>(new[] { reason.Value, status.Value, reply.Value, phrase.Value, vendor.Value, command }),
            };
        }

        /// <summary>
        /// A rule's conditions as one line, such as <c>status X.1.1, phrase "user unknown"</c>: whole, the key that finds
        /// duplicates; with <paramref name="quote"/>, the phrase made safe and short for a message.
        /// </summary>
        private static string DescribeConditions(string status, string reply, string phrase, string vendor, string command, bool quote)
        {
            var parts = new List<string>();
            if (status.Length > 0)
            {
                parts.Add("status " + status);
            }

            if (reply.Length > 0)
            {
                parts.Add("reply " + reply);
            }

            if (phrase.Length > 0)
            {
                parts.Add("phrase \"" + (quote ? DiagnosticText.Quote(phrase) : phrase) + "\"");
            }

            if (vendor.Length > 0)
            {
                parts.Add("vendor " + vendor.ToLowerInvariant());
            }

            if (command.Length > 0)
            {
                parts.Add("command " + command);
            }

            return string.Join(", ", parts);
        }

        /// <summary>A phrase as the matcher compares it: lower case, white space runs as one space.</summary>
        private static string NormalizePhrase(string phrase)
        {
            var builder = new StringBuilder(phrase.Length);
            bool space = false;
            foreach (char c in phrase.Trim())
            {
                if (char.IsWhiteSpace(c))
                {
                    space = true;
                    continue;
                }

                if (space)
                {
                    builder.Append(' ');
                    space = false;
                }

                builder.Append(char.ToLowerInvariant(c));
            }

            return builder.ToString();
        }

        /// <summary>The detail of a rule's status <c>X.1.X</c>: any detail of that subject.</summary>
        public const int AnyDetail = 999;

        /// <summary>A rule's status: as <see cref="TryReadStatus"/> with any class allowed, and <c>X</c> for any detail (<see cref="AnyDetail"/>).</summary>
        public static bool TryReadRuleStatus(string text, out int key)
        {
            if (text.EndsWith(".X", StringComparison.Ordinal) && TryReadStatus(text.Substring(0, text.Length - 1) + "0", requireClass: false, out key))
            {
                key += AnyDetail;
                return true;
            }

            return TryReadStatus(text, requireClass: false, out key);
        }

        /// <summary><c>2XX</c>, <c>4XX</c> or <c>5XX</c>: any reply code of that class.</summary>
        public static bool IsReplyClass(string text) =>
            text.Length == 3 && (text[0] == '2' || text[0] == '4' || text[0] == '5') && text[1] == 'X' && text[2] == 'X';

        private static bool ReadName(CsvField name, Dictionary<string, int> lineOfName, List<CodeTableProblem> problems)
        {
            if (GeneratedNameRules.CheckMemberName(name.Value) is { } whyNot)
            {
                problems.Add(CodeTableProblem.At(CodeTableProblemKind.InvalidName, name, DiagnosticText.Quote(name.Value), whyNot));
                return false;
            }

            if (lineOfName.TryGetValue(name.Value, out int firstLine))
            {
                problems.Add(CodeTableProblem.At(CodeTableProblemKind.DuplicateName, name, DiagnosticText.Quote(name.Value), Format(firstLine + 1)));
                return false;
            }

            lineOfName.Add(name.Value, name.Line);
            return true;
        }

        private static bool ReadReasonName(CsvField reason, List<CodeTableProblem> problems)
        {
            if (GeneratedNameRules.IsValidMemberName(reason.Value))
            {
                return true;
            }

            problems.Add(CodeTableProblem.At(CodeTableProblemKind.InvalidValue, reason, "reason", DiagnosticText.Quote(reason.Value), "the name of a reason such as 'UserUnknown'"));
            return false;
        }

        /// <summary>Reads one text per culture starting at column <paramref name="first"/>; null after reporting an unusable one.</summary>
        private static string[]? ReadTexts(EquatableArray<CsvField> fields, int first, string[] cultures, CodeRow row, List<CodeTableProblem> problems)
        {
            var texts = new string[cultures.Length];
            for (int c = 0; c < cultures.Length; c++)
            {
                CsvField field = fields[first + c];
                int bad = FirstInvalidCharacter(field.Value);
                if (bad >= 0)
                {
                    problems.Add(CodeTableProblem.At(CodeTableProblemKind.InvalidCharacter, field, DiagnosticText.Quote(row.Name), cultures[c], ((int)field.Value[bad]).ToString("X4", CultureInfo.InvariantCulture)));
                    return null;
                }

                if (field.Value.Trim().Length == 0)
                {
                    if (c == 0)
                    {
                        problems.Add(CodeTableProblem.At(CodeTableProblemKind.EmptyEnglishText, field, "Row " + DiagnosticText.Quote(row.Name)));
                        return null;
                    }

                    problems.Add(CodeTableProblem.At(CodeTableProblemKind.EmptyCultureText, field, "Row " + DiagnosticText.Quote(row.Name), cultures[c]));
                }

                texts[c] = field.Value.Trim().Length == 0 ? string.Empty : field.Value;
            }

            return texts;
        }

        /// <summary>The header a table of <paramref name="kind"/> must have, as the diagnostics show it.</summary>
        private static string ExpectedHeader(CodeTableKind kind) => kind switch
        {
            CodeTableKind.Reason => "name,bounce,en[,culture...],action.en[,action.culture...]",
            CodeTableKind.Vendor => "status,tag,name,reason,en[,culture...]",
            CodeTableKind.Text => "name,en[,culture...]",
            _ => "reason,status,reply,phrase,vendor[,command]",
        };

        /// <summary>
        /// Checks the fixed columns and returns the cultures (<c>en</c> first). A reason table then repeats its cultures as
        /// <c>action.*</c> columns in the same order; a rule table has no culture columns.
        /// </summary>
        private static string[]? ReadHeader(CsvRecord header, string[] fixedColumns, CodeTableKind kind, List<CodeTableProblem> problems)
        {
            EquatableArray<CsvField> fields = header.Fields;
            string found = string.Join(",", fields.Select(f => f.Value));
            string expected = ExpectedHeader(kind);

            for (int i = 0; i < fixedColumns.Length; i++)
            {
                if (i >= fields.Count || !string.Equals(fields[i].Value, fixedColumns[i], StringComparison.Ordinal))
                {
                    return Invalid(i < fields.Count ? fields[i] : fields[fields.Count - 1]);
                }
            }

            int rest = fields.Count - fixedColumns.Length;
            if (kind == CodeTableKind.Rules)
            {
                bool valid = rest == 0 || (rest == 1 && string.Equals(fields[fixedColumns.Length].Value, CommandColumn, StringComparison.Ordinal));
                return valid ? Array.Empty<string>() : Invalid(fields[fields.Count - 1]);
            }

            int cultureCount = kind == CodeTableKind.Reason ? rest / 2 : rest;
            if (cultureCount == 0 || (kind == CodeTableKind.Reason && rest % 2 != 0))
            {
                return Invalid(fields[fields.Count - 1]);
            }

            var cultures = new string[cultureCount];
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (int c = 0; c < cultureCount; c++)
            {
                CsvField field = fields[fixedColumns.Length + c];

                // Culture columns get .NET's canonical casing (TR is tr), as in code tables, so satellites are found everywhere.
                string culture = CodeTableParser.IsCultureName(field.Value) ? CodeTableParser.CanonicalCultureName(field.Value) : field.Value;
                bool valid = c == 0 ? culture == "en" : CodeTableParser.IsCultureName(field.Value) && culture != "en" && seen.Add(culture);
                if (!valid)
                {
                    return Invalid(field);
                }

                cultures[c] = culture;
                if (kind == CodeTableKind.Reason)
                {
                    CsvField action = fields[fixedColumns.Length + cultureCount + c];
                    string actionCulture = action.Value.StartsWith(ActionPrefix, StringComparison.Ordinal) && CodeTableParser.IsCultureName(action.Value.Substring(ActionPrefix.Length))
                        ? CodeTableParser.CanonicalCultureName(action.Value.Substring(ActionPrefix.Length))
                        : string.Empty;
                    if (!string.Equals(actionCulture, culture, StringComparison.Ordinal))
                    {
                        return Invalid(action);
                    }
                }
            }

            return cultures;

            string[]? Invalid(CsvField at)
            {
                problems.Add(CodeTableProblem.At(CodeTableProblemKind.HeaderInvalid, at, $"it must be '{expected}' but is '{DiagnosticText.Quote(found)}'"));
                return null;
            }
        }

        /// <summary>
        /// <c>C.S.D</c> with C in 2, 4, 5, or (unless <paramref name="requireClass"/>) <c>X.S.D</c> for any class; S and D are
        /// 1–3 ASCII digits. <paramref name="key"/> is <c>class * 1,000,000 + subject * 1,000 + detail</c>, class 0 for X.
        /// </summary>
        public static bool TryReadStatus(string text, bool requireClass, out int key)
        {
            key = 0;
            string[] parts = text.Split('.');
            if (parts.Length != 3 || parts[0].Length != 1)
            {
                return false;
            }

            char c = parts[0][0];
            int classDigit;
            if (c == '2' || c == '4' || c == '5')
            {
                classDigit = c - '0';
            }
            else if (c == 'X' && !requireClass)
            {
                classDigit = 0;
            }
            else
            {
                return false;
            }

            if (!CodeTableParser.TryReadNumber(parts[1], out int subject) || !CodeTableParser.TryReadNumber(parts[2], out int detail))
            {
                return false;
            }

            key = (classDigit * 1000000) + (subject * 1000) + detail;
            return true;
        }

        /// <summary>The index of the first character a .resx file cannot hold (see <see cref="CodeTableParser"/>), or -1.</summary>
        public static int FirstInvalidCharacter(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char ch = text[i];
                if (char.IsHighSurrogate(ch))
                {
                    if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        i++;
                        continue;
                    }

                    return i;
                }

                bool valid = !char.IsLowSurrogate(ch)
                    && (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r')
                    && ch != '\uFFFE' && ch != '\uFFFF';
                if (!valid)
                {
                    return i;
                }
            }

            return -1;
        }

        private static CodeTableParseResult Result(CodeTable? table, List<CodeTableProblem> problems) =>
            new CodeTableParseResult(table, new EquatableArray<CodeTableProblem>(problems.ToArray()));

        private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
