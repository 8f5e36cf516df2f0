using System.Globalization;
using System.Linq;
using SmtpCodes.Generator.Csv;

namespace SmtpCodes.Generator.Emit
{
    /// <summary>
    /// Emits the extension methods: <c>Describe</c>, <c>ToStringFast</c> and the classification helpers.
    /// The digit rules and the culture cache live in the hand-written runtime; this code only maps members to indexes.
    /// </summary>
    internal static class ExtensionsEmitter
    {
        public static string Emit(GeneratedNames names, CodeTable table, bool nullable)
        {
            string e = names.EnumType;
            var w = new SourceWriter(nullable).Begin(names.Namespace);
            w.DocXml("<summary>Fast, allocation-free helpers for <see cref=\"" + names.EnumName + "\"/>.</summary>");
            w.Line(SourceWriter.GeneratedCodeAttribute);
            w.Open("public static partial class " + names.ExtensionsName);

            string noun = names.IsEnhanced ? "status" : "reply code";
            w.DocXml(
                "<summary>Describes the " + noun + " in a culture. For a member of the enum this is an array lookup that does not allocate.</summary>",
                "<param name=\"value\">The " + noun + ".</param>",
                "<param name=\"culture\">",
                "The culture to describe it in; <see langword=\"null\"/> means <see cref=\"global::System.Globalization.CultureInfo.CurrentUICulture\"/>.",
                "A specific culture falls back to its parent (tr-TR to tr) and then to English.",
                "</param>",
                "<returns>",
                names.IsEnhanced
                    ? "The localized text of the status. A value that is not a member gets its subject's text (X.1.99: addressing status), or a generic"
                    : "The localized text of the code. A value that is not a member of the enum gets a generic localized description",
                names.IsEnhanced
                    ? "localized description for an unknown subject; never another status's text."
                    : "built from its digits, never another code's text.",
                "</returns>");
            w.Open("public static string Describe(this " + e + " value, global::System.Globalization.CultureInfo" + w.Q + " culture = null)");
            w.Line("int index = " + names.InfoType + ".IndexOf(value);");
            if (names.IsEnhanced)
            {
                // An unknown detail falls back to its subject's text, never to another detail's.
                w.Open("if (index < 0)");
                w.Line("index = (int)value < 0 ? -1 : " + names.InfoType + ".SubjectIndex((int)value / 1000);");
                w.Close();
                w.Line();
                w.Line("return index < 0");
                w.Indent()
                    .Line("? global::SmtpCodes.EnhancedStatusDigits.DescribeUnknown((int)value, culture)")
                    .Line(": " + names.InfoType + ".Table.Get(index, culture);")
                    .Unindent();
            }
            else
            {
                w.Line("return index < 0");
                w.Indent()
                    .Line("? global::SmtpCodes.SmtpReplyDigits.DescribeUnknown((int)value, culture)")
                    .Line(": " + names.InfoType + ".Table.Get(index, culture);")
                    .Unindent();
            }

            w.Close();
            w.Line();

            w.DocXml(
                "<summary>Returns the member's name like <see cref=\"global::System.Enum.ToString()\"/>, without reflection or allocation.</summary>",
                "<param name=\"value\">The " + noun + ".</param>",
                "<returns>The member name, or the number for a value that is not a member.</returns>");
            var lookup = new CodeLookup(table);
            if (lookup.IsDense)
            {
                WriteToStringFastFromNameArray(w, e, lookup);
            }
            else
            {
                WriteToStringFastFromTable(w, e, names);
            }

            if (names.IsEnhanced)
            {
                WriteEnhancedParts(w, e);
            }
            else
            {
                WriteDigitHelpers(w, e);
            }

            w.Close();
            return w.End(names.Namespace);
        }

        // An array read beats a compiled switch (comparisons and jump tables over sparse values) by a few times.
        private static void WriteToStringFastFromNameArray(SourceWriter w, string e, CodeLookup lookup)
        {
            string minText = lookup.MinValue.ToString(CultureInfo.InvariantCulture);
            w.Open("public static string ToStringFast(this " + e + " value)");
            w.Line("uint index = (uint)((int)value - " + minText + ");");
            w.Line("string" + w.Q + "[] names = s_names;");
            w.Line("string" + w.Q + " name = index < (uint)names.Length ? names[index] : null;");
            w.Line("return name ?? ((int)value).ToString(global::System.Globalization.CultureInfo.InvariantCulture);");
            w.Close();
            w.Line();
            w.Line("// Names by value - " + minText + "; null where no member has that value.");
            var names = new string?[lookup.Span];
            foreach (CodeRow row in lookup.Members)
            {
                names[row.EnumValue - lookup.MinValue] = row.Name;
            }

            w.Open("private static readonly string" + w.Q + "[] s_names = new string" + w.Q + "[]");
            foreach (string? name in names)
            {
                w.Line((name is null ? "null" : SourceWriter.Literal(name)) + ",");
            }

            w.Close(";");
        }

        // Values spread too thinly for a name array (enhanced statuses, subject * 1000 + detail): the member's row, found
        // by binary search, holds its name as its resource key.
        private static void WriteToStringFastFromTable(SourceWriter w, string e, GeneratedNames names)
        {
            w.Open("public static string ToStringFast(this " + e + " value)");
            w.Line("int row = " + names.InfoType + ".IndexOf(value);");
            w.Line("return row < 0");
            w.Indent()
                .Line("? ((int)value).ToString(global::System.Globalization.CultureInfo.InvariantCulture)")
                .Line(": " + names.InfoType + ".Table.GetKey(row);")
                .Unindent();
            w.Close();
        }

        private static void WriteDigitHelpers(SourceWriter w, string e)
        {
            WriteDigitHelper(w, e, "global::SmtpCodes.SmtpReplyClass", "GetClass",
                "Returns the class given by the first digit: positive preliminary, completion or intermediate, transient or permanent negative.",
                "The class, or <see cref=\"global::SmtpCodes.SmtpReplyClass.Unknown\"/> for a value outside 100–599.");
            WriteDigitHelper(w, e, "global::SmtpCodes.SmtpReplyCategory", "GetCategory",
                "Returns the category given by the second digit: syntax, information, connections, unspecified or mail system.",
                "The category, or <see cref=\"global::SmtpCodes.SmtpReplyCategory.Unknown\"/> for a value that is not a reply code.");
            WriteDigitHelper(w, e, "bool", "IsPositive",
                "Tells whether the reply is positive (first digit 1, 2 or 3).",
                "<see langword=\"true\"/> for a positive reply.");
            WriteDigitHelper(w, e, "bool", "IsTransient",
                "Tells whether the reply is a transient failure (first digit 4): the same command may succeed later.",
                "<see langword=\"true\"/> for a 4yz reply.");
            WriteDigitHelper(w, e, "bool", "IsPermanent",
                "Tells whether the reply is a permanent failure (first digit 5): repeating the command will not help.",
                "<see langword=\"true\"/> for a 5yz reply.");
        }

        private static void WriteEnhancedParts(SourceWriter w, string e)
        {
            w.Line();
            w.DocXml(
                "<summary>Returns the subject: the middle number of the code (1 for X.1.1, addressing).</summary>",
                "<param name=\"value\">The status.</param>",
                "<returns>The subject.</returns>");
            w.Line("public static int GetSubject(this " + e + " value) => (int)value / 1000;");
            w.Line();
            w.DocXml(
                "<summary>Returns the detail: the last number of the code (1 for X.1.1).</summary>",
                "<param name=\"value\">The status.</param>",
                "<returns>The detail.</returns>");
            w.Line("public static int GetDetail(this " + e + " value) => (int)value % 1000;");
        }

        private static void WriteDigitHelper(SourceWriter w, string enumType, string returnType, string method, string summary, string returns)
        {
            w.Line();
            w.DocXml(
                "<summary>" + summary + "</summary>",
                "<param name=\"value\">The reply code.</param>",
                "<returns>" + returns + "</returns>");
            w.Line("public static " + returnType + " " + method + "(this " + enumType + " value) => global::SmtpCodes.SmtpReplyDigits." + method + "((int)value);");
        }
    }
}
