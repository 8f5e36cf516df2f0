using System.Globalization;
using System.Linq;
using SmtpCodes.Generator.Csv;

namespace SmtpCodes.Generator.Emit
{
    /// <summary>Emits the enum: one member per row, valued by its code, documented with its English text and source.</summary>
    internal static class EnumEmitter
    {
        public static string Emit(GeneratedNames names, CodeTable table, bool nullable)
        {
            var w = new SourceWriter(nullable).Begin(names.Namespace);
            w.Doc("summary", names.IsEnhanced
                ? "Enhanced status codes (RFC 3463) generated from " + names.CsvFileName + "; the value of each member is subject * 1000 + detail, so X.1.1 is 1001."
                : "Reply codes generated from " + names.CsvFileName + "; the value of each member is its numeric reply code.");
            w.DocXml(
                "<remarks>",
                "Describe, classify and format values with <see cref=\"" + names.ExtensionsName + "\"/>; parse them and list them with",
                "<see cref=\"" + names.InfoName + "\"/>.",
                "</remarks>");
            w.Line(SourceWriter.GeneratedCodeAttribute);
            w.Open("public enum " + names.EnumName);
            WriteMembers(w, table.Rows.Where(r => r.IsMember).ToArray(), row => row.DisplayCode + ": " + row.EnglishText, row => DescribeSource(row.Source), row => row.EnumValue);
            w.Close();
            return w.End(names.Namespace);
        }

        /// <summary>
        /// Writes the members, each with its summary and, unless <paramref name="remarks"/> is null, its remarks. They come from the CSV's rows: they are data, not API
        /// shape, so the public API analyzer does not track them (adding a row is one edit); the enum type stays tracked.
        /// </summary>
        public static void WriteMembers(SourceWriter w, CodeRow[] members, System.Func<CodeRow, string> summary, System.Func<CodeRow, string>? remarks, System.Func<CodeRow, int> value)
        {
            if (members.Length > 0)
            {
                w.Raw("#pragma warning disable RS0016 // Add public types and members to the declared API");
            }

            for (int i = 0; i < members.Length; i++)
            {
                CodeRow row = members[i];
                w.Doc("summary", summary(row));
                if (remarks is not null)
                {
                    w.Doc("remarks", remarks(row));
                }

                w.Line(SourceWriter.Identifier(row.Name) + " = " + value(row).ToString(CultureInfo.InvariantCulture) + ",");
                if (i < members.Length - 1)
                {
                    w.Line();
                }
            }

            if (members.Length > 0)
            {
                w.Raw("#pragma warning restore RS0016");
            }
        }

        private static string DescribeSource(string source) =>
            source == CodeTableParser.VendorSource
                ? "Vendor-specific: no RFC defines this code."
                : "Defined by RFC " + source.Replace("/", " and RFC ") + ".";
    }
}
