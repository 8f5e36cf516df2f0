using System.Collections.Generic;
using System.Linq;
using SmtpCodes.Generator.Csv;

namespace SmtpCodes.Generator.Emit
{
    /// <summary>
    /// The members that every generated info type has alike, whichever way its members are valued: the read-only value
    /// list, the localized text table and <c>GetValues</c>, <c>IsDefined</c>. <see cref="InfoEmitter"/> (code tables) and
    /// <see cref="PositionalTableEmitter"/> (reasons, vendors, texts) write them through here.
    /// </summary>
    internal static class InfoMembers
    {
        /// <summary>The read-only list over <c>s_values</c> that <c>GetValues</c> returns.</summary>
        public static void WriteValueList(SourceWriter w, string enumType)
        {
            w.Line("private static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<" + enumType + "> s_valueList =");
            w.Indent().Line("new global::System.Collections.ObjectModel.ReadOnlyCollection<" + enumType + ">(s_values);").Unindent();
            w.Line();
        }

        /// <summary>
        /// The <c>Table</c> field: every row's name and English text, localized through the resources named after the
        /// enum; <paramref name="summary"/> is its documentation, one line each.
        /// </summary>
        public static void WriteTextTable(SourceWriter w, GeneratedNames names, CodeTable table, params string[] summary)
        {
            w.DocXml(summary);
            w.Line("internal static readonly global::SmtpCodes.LocalizedTextTable Table = new global::SmtpCodes.LocalizedTextTable(");
            w.Indent();
            w.Line("new global::System.Resources.ResourceManager(" + SourceWriter.Literal(names.EnumFullName) + ", typeof(" + names.EnumType + ").Assembly),");
            WriteArray(w, "string", table.Rows.Select(r => SourceWriter.Literal(r.Name)), ",");
            WriteArray(w, "string", table.Rows.Select(r => SourceWriter.Literal(r.EnglishText)), ");");
            w.Unindent();
            w.Line();
        }

        /// <summary><c>GetValues()</c>, and <c>IsDefined(value)</c> with <paramref name="test"/> as its body.</summary>
        public static void WriteGetValuesAndIsDefined(SourceWriter w, string enumType, string test)
        {
            w.DocXml(
                "<summary>Returns every member, in ascending order of value, without allocating.</summary>",
                "<returns>A read-only list of the members.</returns>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + enumType + "> GetValues() => s_valueList;");
            w.Line();
            w.DocXml(
                "<summary>Tells whether <paramref name=\"value\"/> is a member of the enum.</summary>",
                "<param name=\"value\">The value to check.</param>",
                "<returns><see langword=\"true\"/> for a member.</returns>");
            w.Line("public static bool IsDefined(" + enumType + " value) => " + test + ";");
            w.Line();
        }

        /// <summary>An array initializer, one item a line, closed with <paramref name="suffix"/>.</summary>
        public static void WriteArray(SourceWriter w, string type, IEnumerable<string> items, string suffix)
        {
            w.Open("new " + type + "[]");
            foreach (string item in items)
            {
                w.Line(item + ",");
            }

            w.Close(suffix);
        }
    }
}
