using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SmtpCodes.Generator.Csv;
using SmtpCodes.Generator.Model;

namespace SmtpCodes.Generator.Emit
{
    /// <summary>
    /// Emits the enum, extensions and info type of the tables whose members are valued by their position: reasons,
    /// vendor entries and texts. Every lookup is an array index; nothing is a <c>switch</c> over the rows. What the kinds
    /// share is written once; only the enum's documentation and the extra helpers (a reason's action and bounce, a vendor
    /// entry's reason and vendor table) differ by kind.
    /// </summary>
    internal static class PositionalTableEmitter
    {
        public static string EmitEnum(GeneratedNames names, CodeTable table, bool nullable)
        {
            var w = new SourceWriter(nullable).Begin(names.Namespace);
            w.Doc("summary", names.Kind switch
            {
                CodeTableKind.Reason => "Why a message was not delivered, generated from " + names.CsvFileName + "; each member says what happened, whether it is a hard bounce and what to do.",
                CodeTableKind.Vendor => "The documented codes of one vendor, generated from " + names.CsvFileName + "; each member is an enhanced status code, optionally with a text the reply carries.",
                _ => "Texts generated from " + names.CsvFileName + "; each member is one text, localized by its culture columns.",
            });
            string helpers = names.Kind == CodeTableKind.Text ? "Describe values" : "Describe and classify values";
            w.DocXml("<remarks>" + helpers + " with <see cref=\"" + names.ExtensionsName + "\"/>; parse and list them with <see cref=\"" + names.InfoName + "\"/>.</remarks>");
            w.Line(SourceWriter.GeneratedCodeAttribute);
            w.Open("public enum " + names.EnumName);
            switch (names.Kind)
            {
                case CodeTableKind.Reason:
                    EnumEmitter.WriteMembers(w, Members(table), row => row.EnglishText, BounceRemark, row => row.Code);
                    break;
                case CodeTableKind.Vendor:
                    EnumEmitter.WriteMembers(
                        w,
                        Members(table),
                        row => row.Source + (Tag(row).Length > 0 ? " (" + Tag(row) + ")" : string.Empty) + ": " + row.EnglishText,
                        row => "Reason: " + Reason(row) + ".",
                        row => row.Code);
                    break;
                default:
                    EnumEmitter.WriteMembers(w, Members(table), row => row.EnglishText, remarks: null, row => row.Code);
                    break;
            }

            w.Close();
            return w.End(names.Namespace);
        }

        public static string EmitExtensions(GeneratedNames names, CodeTable table, bool nullable)
        {
            string e = names.EnumType;
            CodeRow[] members = Members(table);
            string count = members.Length.ToString(CultureInfo.InvariantCulture);
            var w = new SourceWriter(nullable).Begin(names.Namespace);
            w.DocXml("<summary>Fast, allocation-free helpers for <see cref=\"" + names.EnumName + "\"/>.</summary>");
            w.Line(SourceWriter.GeneratedCodeAttribute);
            w.Open("public static partial class " + names.ExtensionsName);

            w.DocXml(
                "<summary>Says what the value means, in a culture; an array lookup that does not allocate.</summary>",
                "<param name=\"value\">The value.</param>",
                "<param name=\"culture\">The culture; <see langword=\"null\"/> means <see cref=\"global::System.Globalization.CultureInfo.CurrentUICulture\"/>. tr-TR falls back to tr, then English.</param>",
                "<returns>The localized text, or the number for a value that is not a member.</returns>");
            w.Open("public static string Describe(this " + e + " value, global::System.Globalization.CultureInfo" + w.Q + " culture = null)");
            w.Line("return (uint)value < " + count + "u ? " + names.InfoType + ".Table.Get((int)value, culture) : ((int)value).ToString(global::System.Globalization.CultureInfo.InvariantCulture);");
            w.Close();
            w.Line();

            switch (names.Kind)
            {
                case CodeTableKind.Reason:
                    WriteReasonHelpers(w, names, members);
                    break;
                case CodeTableKind.Vendor:
                    WriteVendorHelpers(w, names, members);
                    break;
            }

            w.DocXml(
                "<summary>Returns the member's name like <see cref=\"global::System.Enum.ToString()\"/>, without reflection or allocation.</summary>",
                "<param name=\"value\">The value.</param>",
                "<returns>The member name, or the number for a value that is not a member.</returns>");
            w.Open("public static string ToStringFast(this " + e + " value)");
            w.Line("return (uint)value < " + count + "u ? " + names.InfoType + ".Table.GetKey((int)value) : ((int)value).ToString(global::System.Globalization.CultureInfo.InvariantCulture);");
            w.Close();
            w.Close();
            return w.End(names.Namespace);
        }

        /// <summary>A reason's action and whether it is a hard bounce.</summary>
        private static void WriteReasonHelpers(SourceWriter w, GeneratedNames names, CodeRow[] members)
        {
            string e = names.EnumType;
            string count = members.Length.ToString(CultureInfo.InvariantCulture);
            w.DocXml(
                "<summary>Says what to do about it, in a culture; an array lookup that does not allocate.</summary>",
                "<param name=\"value\">The reason.</param>",
                "<param name=\"culture\">The culture; <see langword=\"null\"/> means <see cref=\"global::System.Globalization.CultureInfo.CurrentUICulture\"/>.</param>",
                "<returns>The localized action, or an empty string for a value that is not a member.</returns>");
            w.Open("public static string DescribeAction(this " + e + " value, global::System.Globalization.CultureInfo" + w.Q + " culture = null)");
            w.Line("return (uint)value < " + count + "u ? " + names.InfoType + ".Table.Get(" + count + " + (int)value, culture) : string.Empty;");
            w.Close();
            w.Line();

            w.DocXml(
                "<summary>Tells whether the reason is a hard bounce: permanent for that address, so it should not be mailed again.</summary>",
                "<param name=\"value\">The reason.</param>",
                "<returns><see langword=\"true\"/> for a hard bounce, <see langword=\"false\"/> for a soft one, <see langword=\"null\"/> when it is not a failure (or not a member).</returns>");
            w.Open("public static bool? IsHardBounce(this " + e + " value)");
            w.Line("if ((uint)value >= " + count + "u)");
            w.Line("{").Indent().Line("return null;").Unindent().Line("}");
            w.Line();
            w.Line("sbyte bounce = s_bounce[(int)value];");
            w.Line("return bounce == 0 ? (bool?)null : bounce > 0;");
            w.Close();
            w.Line();
            w.Line("// 1 hard, -1 soft, 0 neither, by value.");
            w.Line("private static readonly sbyte[] s_bounce = new sbyte[] { " + string.Join(", ", members.Select(BounceValue)) + " };");
            w.Line();
        }

        /// <summary>The reason a vendor entry stands for.</summary>
        private static void WriteVendorHelpers(SourceWriter w, GeneratedNames names, CodeRow[] members)
        {
            string e = names.EnumType;
            string count = members.Length.ToString(CultureInfo.InvariantCulture);
            w.DocXml(
                "<summary>Returns the bounce reason the vendor's code stands for.</summary>",
                "<param name=\"value\">The vendor code.</param>",
                "<returns>The reason, or <see cref=\"global::SmtpCodes.BounceReason.Undefined\"/> for a value that is not a member.</returns>");
            w.Open("public static global::SmtpCodes.BounceReason GetReason(this " + e + " value)");
            w.Line("return (uint)value < " + count + "u ? " + names.InfoType + ".Vendor.GetReason((int)value) : global::SmtpCodes.BounceReason.Undefined;");
            w.Close();
            w.Line();
        }

        public static string EmitInfo(GeneratedNames names, CodeTable table, string vendor, EquatableArray<string> markers, bool nullable)
        {
            bool reasons = names.Kind == CodeTableKind.Reason;
            string e = names.EnumType;
            CodeRow[] members = Members(table);
            string count = members.Length.ToString(CultureInfo.InvariantCulture);
            var w = new SourceWriter(nullable).Begin(names.Namespace);
            w.DocXml("<summary>Parses, validates and lists <see cref=\"" + names.EnumName + "\"/> values without reflection.</summary>");
            w.Line(SourceWriter.GeneratedCodeAttribute);
            w.Open("public static partial class " + names.InfoName);

            w.Line("private static readonly " + e + "[] s_values = CreateValues();");
            w.Line();
            InfoMembers.WriteValueList(w, e);
            InfoMembers.WriteTextTable(
                w,
                names,
                table,
                "<summary>",
                "The localized texts, read once per culture from the resources named <c>" + names.EnumFullName + "</c>; the English",
                reasons ? "texts below are the last resort. Entry <c>i</c> is member <c>i</c>'s text, entry <c>" + count + " + i</c> its action." : "texts below are the last resort. Entry <c>i</c> is member <c>i</c>'s text.",
                "</summary>");

            if (names.Kind == CodeTableKind.Vendor)
            {
                w.DocXml(
                    "<summary>",
                    "The vendor's entries as the diagnosis matches them; pass it to",
                    "<see cref=\"global::SmtpCodes.SmtpDiagnosis.AddVendor(global::SmtpCodes.VendorTable)\"/> to use it.",
                    "</summary>");
                w.Line("public static global::SmtpCodes.VendorTable Vendor { get; } = new global::SmtpCodes.VendorTable(");
                w.Indent();
                w.Line(SourceWriter.Literal(vendor) + ",");
                InfoMembers.WriteArray(w, "string", markers.Select(SourceWriter.Literal), ",");
                w.Line("Table,");
                InfoMembers.WriteArray(w, "int", members.Select(r => StatusKey(r.Source)), ",");
                InfoMembers.WriteArray(w, "string", members.Select(r => SourceWriter.Literal(Tag(r))), ",");
                InfoMembers.WriteArray(w, "global::SmtpCodes.BounceReason", members.Select(r => "global::SmtpCodes.BounceReason." + SourceWriter.Identifier(Reason(r))), ");");
                w.Unindent();
                w.Line();
            }

            InfoMembers.WriteGetValuesAndIsDefined(w, e, "(uint)value < " + count + "u");
            w.DocXml(
                "<summary>Parses a member's name, ignoring case (ordinal, so the same in every culture).</summary>",
                "<param name=\"text\">The text to parse; leading and trailing white space is ignored.</param>",
                "<param name=\"value\">The member, or <see langword=\"default\"/> when parsing fails.</param>",
                "<returns><see langword=\"true\"/> when <paramref name=\"text\"/> is a member's name.</returns>");
            w.Open("public static bool TryParse(string" + w.Q + " text, out " + e + " value)");
            w.Line("return TryParse(text == null ? default(global::System.ReadOnlySpan<char>) : global::System.MemoryExtensions.AsSpan(text), out value);");
            w.Close();
            w.Line();
            w.DocXml(
                "<summary>Parses a member's name, ignoring case (ordinal, so the same in every culture), without allocating.</summary>",
                "<param name=\"text\">The text to parse; leading and trailing white space is ignored.</param>",
                "<param name=\"value\">The member, or <see langword=\"default\"/> when parsing fails.</param>",
                "<returns><see langword=\"true\"/> when <paramref name=\"text\"/> is a member's name.</returns>");
            w.Open("public static bool TryParse(global::System.ReadOnlySpan<char> text, out " + e + " value)");
            w.Line("text = global::System.MemoryExtensions.Trim(text);");
            w.Open("for (int i = 0; i < " + count + "; i++)");
            w.Open("if (global::System.MemoryExtensions.Equals(text, global::System.MemoryExtensions.AsSpan(Table.GetKey(i)), global::System.StringComparison.OrdinalIgnoreCase))");
            w.Line("value = (" + e + ")i;");
            w.Line("return true;");
            w.Close();
            w.Close();
            w.Line();
            w.Line("value = default(" + e + ");");
            w.Line("return false;");
            w.Close();
            w.Line();
            w.Open("private static " + e + "[] CreateValues()");
            w.Line("var values = new " + e + "[" + count + "];");
            w.Open("for (int i = 0; i < values.Length; i++)");
            w.Line("values[i] = (" + e + ")i;");
            w.Close();
            w.Line();
            w.Line("return values;");
            w.Close();
            w.Close();
            return w.End(names.Namespace);
        }

        /// <summary>Lists every vendor table of the compilation, so that adding a vendor CSV needs no code.</summary>
        public static string EmitVendorList(IReadOnlyList<string> infoTypes, bool nullable)
        {
            var w = new SourceWriter(nullable).Begin(string.Empty);
            w.DocXml("<summary>The vendor tables generated in this assembly, in the order of their CSV files.</summary>");
            w.Line(SourceWriter.GeneratedCodeAttribute);
            w.Open("internal static class SmtpCodesVendorTables");
            w.DocXml("<summary>Every vendor table generated in this assembly.</summary>");
            w.Line("internal static global::SmtpCodes.VendorTable[] All => new global::SmtpCodes.VendorTable[]");
            w.Line("{").Indent();
            foreach (string info in infoTypes)
            {
                w.Line(info + ".Vendor,");
            }

            w.Unindent().Line("};");
            w.Close();
            return w.End(string.Empty);
        }

        private static CodeRow[] Members(CodeTable table) => table.Rows.Where(r => r.IsMember).ToArray();

        private static string Tag(CodeRow row) => row.Extra.Count > 0 ? row.Extra[0] : string.Empty;

        private static string Reason(CodeRow row) => row.Extra.Count > 1 ? row.Extra[1] : "Undefined";

        private static string BounceValue(CodeRow row) => row.Source == "hard" ? "1" : row.Source == "soft" ? "-1" : "0";

        private static string BounceRemark(CodeRow row) => row.Source == "hard"
            ? "A hard bounce: permanent for that address."
            : row.Source == "soft" ? "A soft bounce: not permanent for that address." : "Not a delivery failure.";

        private static string StatusKey(string status)
        {
            AttributeTableParser.TryReadStatus(status, requireClass: false, out int key);
            return key.ToString(CultureInfo.InvariantCulture);
        }
    }
}
