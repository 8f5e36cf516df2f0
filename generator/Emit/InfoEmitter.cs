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
        public static string Emit(GeneratedNames names, CodeTable table, bool nullable)
        {
            string e = names.EnumType;
            var lookup = new CodeLookup(table);
            CodeRow[] members = lookup.Members;
            var w = new SourceWriter(nullable).Begin(names.Namespace);
            w.DocXml("<summary>Parses, validates and lists <see cref=\"" + names.EnumName + "\"/> values without reflection.</summary>");
            w.Line(SourceWriter.GeneratedCodeAttribute);
            w.Open("public static partial class " + names.InfoName);

            w.Line("// The members in ascending order of value; member i is row FirstMemberRow + i of Table.");
            w.Open("private static readonly " + e + "[] s_values = new " + e + "[]");
            foreach (CodeRow row in members)
            {
                w.Line(Member(e, row) + ",");
            }

            w.Close(";");
            w.Line();
            w.Line("private const int FirstMemberRow = " + Format(lookup.FirstMemberRow) + ";");
            w.Line();
            InfoMembers.WriteValueList(w, e);

            if (lookup.IsDense)
            {
                w.Line("// The Table row of each value from " + Format(lookup.MinValue) + " on, by value - " + Format(lookup.MinValue) + "; -1 where no member has that value.");
                var rows = new int[lookup.Span];
                for (int i = 0; i < rows.Length; i++)
                {
                    rows[i] = -1;
                }

                for (int i = 0; i < members.Length; i++)
                {
                    rows[members[i].EnumValue - lookup.MinValue] = lookup.FirstMemberRow + i;
                }

                w.IntArray("private static readonly int[] s_rowByValue", rows);
            }
            else
            {
                w.Line("// The members' values in ascending order, for a binary search.");
                w.IntArray("private static readonly int[] s_codes", members.Select(r => r.EnumValue).ToArray());
            }

            w.Line();
            InfoMembers.WriteTextTable(
                w,
                names,
                table,
                "<summary>",
                "The localized texts, read once per culture from the resources named <c>" + names.EnumFullName + "</c>",
                "(built from the CSV's culture columns); the English texts below are the last resort.",
                "</summary>");
            InfoMembers.WriteGetValuesAndIsDefined(w, e, "IndexOf(value) >= 0");

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
            w.Open("public static bool TryParse(string" + w.Q + " text, out " + e + " value)");
            w.Open("if (text is null)");
            w.Line("value = default(" + e + ");");
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
            w.Line("value = default(" + e + ");");
            w.Line("return false;");
            w.Close();
            w.Line();
            w.Line("return TryParseName(text, out value);");
            w.Close();
            w.Line();

            WriteNameSearch(w, e);
            w.Line();

            w.DocXml("<summary>The row of <paramref name=\"value\"/> in the text table, or -1 when it is not a member.</summary>");
            w.Open("internal static int IndexOf(" + e + " value)");
            if (lookup.IsDense)
            {
                w.Line("uint offset = (uint)((int)value - " + Format(lookup.MinValue) + ");");
                w.Line("int[] rows = s_rowByValue;");
                w.Line("return offset < (uint)rows.Length ? rows[offset] : -1;");
            }
            else
            {
                w.Line("int position = global::System.Array.BinarySearch(s_codes, (int)value);");
                w.Line("return position < 0 ? -1 : FirstMemberRow + position;");
            }

            w.Close();

            if (names.IsEnhanced)
            {
                WriteGroupIndex(w, lookup.Classes, 0, "ClassIndex", "classDigit", "class", "s_classDigits", r => r.Code);
                WriteGroupIndex(w, lookup.Subjects, lookup.FirstSubjectRow, "SubjectIndex", "subject", "subject", "s_subjects", r => r.Subject);
            }

            w.Close();
            return w.End(names.Namespace);
        }

        /// <summary>Emits the lookup from a class digit or subject number to the table row of its text: a binary search over the group's keys.</summary>
        private static void WriteGroupIndex(SourceWriter w, CodeRow[] group, int firstRow, string method, string parameter, string what, string keys, System.Func<CodeRow, int> key)
        {
            w.Line();
            w.IntArray("private static readonly int[] " + keys, group.Select(key).ToArray());
            w.Line();
            w.DocXml("<summary>The row of the " + what + " <paramref name=\"" + parameter + "\"/>'s text in the text table, or -1 when the table has none.</summary>");
            w.Open("internal static int " + method + "(int " + parameter + ")");
            w.Line("int position = global::System.Array.BinarySearch(" + keys + ", " + parameter + ");");
            w.Line("return position < 0 ? -1 : " + (firstRow == 0 ? string.Empty : Format(firstRow) + " + ") + "position;");
            w.Close();
        }

        /// <summary>
        /// Emits the name match as data, the way the per-length <c>if</c> chains it replaced worked: the members ordered by
        /// name length, then by the runtime's own ordinal ignore-case comparison (computed on first use by the runtime that
        /// searches, so the order and the search always agree). A length with a few names is scanned with
        /// <c>Equals</c>; a length with many (a large table) is searched by halves.
        /// </summary>
        private static void WriteNameSearch(SourceWriter w, string e)
        {
            w.DocXml("<summary>Matches a member name, ignoring case ordinally.</summary>");
            w.Open("private static bool TryParseName(global::System.ReadOnlySpan<char> text, out " + e + " value)");
            w.Line("int member = NameIndex.Find(text);");
            w.Open("if (member >= 0)");
            w.Line("value = s_values[member];");
            w.Line("return true;");
            w.Close();
            w.Line();
            w.Line("value = default(" + e + ");");
            w.Line("return false;");
            w.Close();
            w.Line();
            w.Line("// Built when a name is first parsed, not when the type is first used.");
            w.Open("private static class NameIndex");
            w.Line("// Members by name length, then by ordinal ignore-case comparison.");
            w.Line("private static readonly int[] s_order = SortMembers();");
            w.Line();
            w.Line("// s_order[s_starts[n]] is the first member whose name has n characters; s_starts[n + 1] is past the last.");
            w.Line("private static readonly int[] s_starts = FindStarts();");
            w.Line();
            w.Open("public static int Find(global::System.ReadOnlySpan<char> text)");
            w.Line("int[] starts = s_starts;");
            w.Open("if (text.Length + 1 >= starts.Length)");
            w.Line("return -1;");
            w.Close();
            w.Line();
            w.Line("int[] order = s_order;");
            w.Line("int low = starts[text.Length];");
            w.Line("int high = starts[text.Length + 1] - 1;");
            w.Open("if (high - low < 8)");
            w.Open("for (int i = low; i <= high; i++)");
            w.Open("if (global::System.MemoryExtensions.Equals(text, Name(order[i]), global::System.StringComparison.OrdinalIgnoreCase))");
            w.Line("return order[i];");
            w.Close();
            w.Close();
            w.Line();
            w.Line("return -1;");
            w.Close();
            w.Line();
            w.Open("while (low <= high)");
            w.Line("int middle = low + ((high - low) >> 1);");
            w.Line("int comparison = global::System.MemoryExtensions.CompareTo(text, Name(order[middle]), global::System.StringComparison.OrdinalIgnoreCase);");
            w.Open("if (comparison == 0)");
            w.Line("return order[middle];");
            w.Close();
            w.Line();
            w.Open("if (comparison < 0)");
            w.Line("high = middle - 1;");
            w.Close();
            w.Open("else");
            w.Line("low = middle + 1;");
            w.Close();
            w.Close();
            w.Line();
            w.Line("return -1;");
            w.Close();
            w.Line();
            w.Line("private static global::System.ReadOnlySpan<char> Name(int member) => global::System.MemoryExtensions.AsSpan(Table.GetKey(FirstMemberRow + member));");
            w.Line();
            w.Open("private static int[] SortMembers()");
            w.Line("var order = new int[s_values.Length];");
            w.Line("var names = new string[s_values.Length];");
            w.Open("for (int i = 0; i < order.Length; i++)");
            w.Line("order[i] = i;");
            w.Line("names[i] = Table.GetKey(FirstMemberRow + i);");
            w.Close();
            w.Line();
            w.Line("global::System.Array.Sort(names, order, new ByLengthThenIgnoringCase());");
            w.Line("return order;");
            w.Close();
            w.Line();
            w.Open("private static int[] FindStarts()");
            w.Line("int longest = s_order.Length == 0 ? 0 : Name(s_order[s_order.Length - 1]).Length;");
            w.Line("var starts = new int[longest + 2];");
            w.Line("int next = 0;");
            w.Open("for (int length = 0; length < starts.Length; length++)");
            w.Line("starts[length] = next;");
            w.Open("while (next < s_order.Length && Name(s_order[next]).Length == length)");
            w.Line("next++;");
            w.Close();
            w.Close();
            w.Line();
            w.Line("return starts;");
            w.Close();
            w.Line();
            w.Open("private sealed class ByLengthThenIgnoringCase : global::System.Collections.Generic.IComparer<string>");
            w.Open("public int Compare(string" + w.Q + " x, string" + w.Q + " y)");
            w.Line("global::System.ReadOnlySpan<char> left = global::System.MemoryExtensions.AsSpan(x);");
            w.Line("global::System.ReadOnlySpan<char> right = global::System.MemoryExtensions.AsSpan(y);");
            w.Line("return left.Length != right.Length");
            w.Indent()
                .Line("? left.Length - right.Length")
                .Line(": global::System.MemoryExtensions.CompareTo(left, right, global::System.StringComparison.OrdinalIgnoreCase);")
                .Unindent();
            w.Close();
            w.Close();
            w.Close();
        }

        private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Member(string enumType, CodeRow row) => enumType + "." + SourceWriter.Identifier(row.Name);
    }
}
