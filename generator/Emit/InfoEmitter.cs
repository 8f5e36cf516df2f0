using System.Globalization;
using System.Linq;
using SmtpCodes.Generator.Csv;

namespace SmtpCodes.Generator.Emit
{
    /// <summary>
    /// Emits the static info type: the value list, <c>IsDefined</c>, <c>TryParse</c>, the member-to-index map and the
    /// per-culture text table backed by the .resx resources named after the enum.
    /// </summary>
    internal static class InfoEmitter
    {
        public static string Emit(GeneratedNames names, CodeTable table)
        {
            string e = names.EnumType;
            var w = new SourceWriter().Begin(names.Namespace);
            w.DocXml("<summary>Parses, validates and lists <see cref=\"" + names.EnumName + "\"/> values without reflection.</summary>");
            w.Line(SourceWriter.GeneratedCodeAttribute);
            w.Open("public static partial class " + names.InfoName);

            CodeRow[] members = table.Rows.Where(r => r.IsMember).ToArray();
            w.Open("private static readonly " + e + "[] s_values = new " + e + "[]");
            foreach (CodeRow row in members)
            {
                w.Line(Member(e, row) + ",");
            }

            w.Close(";");
            w.Line();
            w.Line("private static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<" + e + "> s_valueList =");
            w.Indent().Line("new global::System.Collections.ObjectModel.ReadOnlyCollection<" + e + ">(s_values);").Unindent();
            w.Line();

            w.DocXml(
                "<summary>",
                "The localized texts, read once per culture from the resources named <c>" + names.EnumFullName + "</c>",
                "(built from the CSV's culture columns); the English texts below are the last resort.",
                "</summary>");
            w.Line("internal static readonly global::SmtpCodes.LocalizedTextTable Table = new global::SmtpCodes.LocalizedTextTable(");
            w.Indent();
            w.Line("new global::System.Resources.ResourceManager(" + SourceWriter.Literal(names.EnumFullName) + ", typeof(" + e + ").Assembly),");
            w.Open("new string[]");
            foreach (CodeRow row in table.Rows)
            {
                w.Line(SourceWriter.Literal(row.Name) + ",");
            }

            w.Close(",");
            w.Open("new string[]");
            foreach (CodeRow row in table.Rows)
            {
                w.Line(SourceWriter.Literal(row.EnglishText) + ",");
            }

            w.Close(");");
            w.Unindent();
            w.Line();

            w.DocXml(
                "<summary>Returns every member, in ascending order of value, without allocating.</summary>",
                "<returns>A read-only list of the members.</returns>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + e + "> GetValues() => s_valueList;");
            w.Line();

            w.DocXml(
                "<summary>Tells whether <paramref name=\"value\"/> is a member of the enum.</summary>",
                "<param name=\"value\">The value to check.</param>",
                "<returns><see langword=\"true\"/> for a member.</returns>");
            w.Line("public static bool IsDefined(" + e + " value) => IndexOf(value) >= 0;");
            w.Line();

            w.DocXml(
                "<summary>Tells whether <paramref name=\"code\"/> is the numeric code of a member.</summary>",
                "<param name=\"code\">The numeric reply code.</param>",
                "<returns><see langword=\"true\"/> for a member's code.</returns>");
            w.Line("public static bool IsDefined(int code) => IndexOf((" + e + ")code) >= 0;");
            w.Line();

            string codeForm = names.IsEnhanced ? "enhanced status code (<c>\"X.1.1\"</c> or <c>\"5.1.1\"</c>)" : "three-digit code (<c>\"550\"</c>)";
            w.DocXml(
                "<summary>Parses a member's " + codeForm + " or its name, ignoring case (ordinal, so the same in every culture).</summary>",
                "<param name=\"text\">The text to parse; leading and trailing white space is ignored.</param>",
                "<param name=\"value\">The member, or <see langword=\"default\"/> when parsing fails.</param>",
                "<returns><see langword=\"true\"/> when <paramref name=\"text\"/> is a member's code or name; <see langword=\"false\"/> for anything else, including codes that are not members.</returns>");
            w.Open("public static bool TryParse(string? text, out " + e + " value)");
            w.Open("if (text is null)");
            w.Line("value = default;");
            w.Line("return false;");
            w.Close();
            w.Line();
            w.Line("return TryParse(global::System.MemoryExtensions.AsSpan(text), out value);");
            w.Close();
            w.Line();

            w.DocXml(
                "<summary>Parses a member's " + codeForm + " or its name, ignoring case (ordinal, so the same in every culture), without allocating.</summary>",
                "<param name=\"text\">The text to parse; leading and trailing white space is ignored.</param>",
                "<param name=\"value\">The member, or <see langword=\"default\"/> when parsing fails.</param>",
                "<returns><see langword=\"true\"/> when <paramref name=\"text\"/> is a member's code or name; <see langword=\"false\"/> for anything else, including codes that are not members.</returns>");
            w.Open("public static bool TryParse(global::System.ReadOnlySpan<char> text, out " + e + " value)");
            w.Line("text = global::System.MemoryExtensions.Trim(text);");
            if (names.IsEnhanced)
            {
                w.Open("if (global::SmtpCodes.EnhancedStatusDigits.TryParseStatus(text, out int subject, out int detail))");
                w.Line("value = (" + e + ")((subject * 1000) + detail);");
            }
            else
            {
                w.Open("if (global::SmtpCodes.SmtpReplyDigits.TryParseCode(text, out int code))");
                w.Line("value = (" + e + ")code;");
            }

            w.Open("if (IndexOf(value) >= 0)");
            w.Line("return true;");
            w.Close();
            w.Line();
            w.Line("value = default;");
            w.Line("return false;");
            w.Close();
            w.Line();
            w.Line("return TryParseName(text, out value);");
            w.Close();
            w.Line();

            // The name comparisons live in their own method: inlined into TryParse, their size made the code path slower
            // than Enum.TryParse.
            w.DocXml("<summary>Matches a member name, ignoring case ordinally.</summary>");
            w.Open("private static bool TryParseName(global::System.ReadOnlySpan<char> text, out " + e + " value)");
            // An enum without members gets no switch: an empty one is warning CS1522.
            if (members.Length > 0)
            {
                WriteNameSwitch(w, e, members);
                w.Line();
            }

            w.Line("value = default;");
            w.Line("return false;");
            w.Close();
            w.Line();

            w.DocXml("<summary>The position of <paramref name=\"value\"/> in the text table, or -1 when it is not a member.</summary>");
            w.Open("internal static int IndexOf(" + e + " value)");
            w.Line("return value switch");
            w.Line("{").Indent();
            for (int i = 0; i < table.Rows.Count; i++)
            {
                if (table.Rows[i].IsMember)
                {
                    w.Line(Member(e, table.Rows[i]) + " => " + i.ToString(CultureInfo.InvariantCulture) + ",");
                }
            }

            w.Line("_ => -1,");
            w.Unindent().Line("};");
            w.Close();

            if (names.IsEnhanced)
            {
                WriteIndexOfGroup(w, table, CodeRowKind.EnhancedClass, "ClassIndex", "classDigit", "class", r => r.Code);
                WriteIndexOfGroup(w, table, CodeRowKind.EnhancedSubject, "SubjectIndex", "subject", "subject", r => r.Subject);
            }

            w.Close();
            return w.End(names.Namespace);
        }

        /// <summary>Emits the lookup from a class digit or subject number to the table index of its text.</summary>
        private static void WriteIndexOfGroup(SourceWriter w, CodeTable table, CodeRowKind kind, string method, string parameter, string what, System.Func<CodeRow, int> key)
        {
            w.Line();
            w.DocXml("<summary>The position of the " + what + " <paramref name=\"" + parameter + "\"/>'s text in the text table, or -1 when the table has none.</summary>");
            w.Open("internal static int " + method + "(int " + parameter + ")");
            w.Line("return " + parameter + " switch");
            w.Line("{").Indent();
            for (int i = 0; i < table.Rows.Count; i++)
            {
                if (table.Rows[i].Kind == kind)
                {
                    w.Line(key(table.Rows[i]).ToString(CultureInfo.InvariantCulture) + " => " + i.ToString(CultureInfo.InvariantCulture) + ",");
                }
            }

            w.Line("_ => -1,");
            w.Unindent().Line("};");
            w.Close();
        }

        private static void WriteNameSwitch(SourceWriter w, string e, CodeRow[] members)
        {
            w.Open("switch (text.Length)");
            foreach (IGrouping<int, CodeRow> group in members.GroupBy(r => r.Name.Length).OrderBy(g => g.Key))
            {
                w.Line("case " + group.Key.ToString(CultureInfo.InvariantCulture) + ":");
                w.Indent();
                foreach (CodeRow row in group)
                {
                    w.Open("if (global::System.MemoryExtensions.Equals(text, global::System.MemoryExtensions.AsSpan(" + SourceWriter.Literal(row.Name) + "), global::System.StringComparison.OrdinalIgnoreCase))");
                    w.Line("value = " + Member(e, row) + ";");
                    w.Line("return true;");
                    w.Close();
                    w.Line();
                }

                w.Line("break;");
                w.Unindent();
            }

            w.Close();
        }

        private static string Member(string enumType, CodeRow row) => enumType + "." + SourceWriter.Identifier(row.Name);
    }
}
