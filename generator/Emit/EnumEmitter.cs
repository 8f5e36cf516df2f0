using System.Globalization;
using System.Linq;
using SmtpCodes.Generator.Csv;

namespace SmtpCodes.Generator.Emit
{
    /// <summary>Emits the enum: one member per row, valued by its code, documented with its English text and source.</summary>
    internal static class EnumEmitter
    {
        public static string Emit(GeneratedNames names, CodeTable table)
        {
            var w = new SourceWriter().Begin(names.Namespace);
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
            CodeRow[] members = table.Rows.Where(r => r.IsMember).ToArray();
            for (int i = 0; i < members.Length; i++)
            {
                CodeRow row = members[i];
                w.Doc("summary", row.DisplayCode + ": " + row.EnglishText);
                w.Doc("remarks", DescribeSource(row.Source));
                w.Line(SourceWriter.Identifier(row.Name) + " = " + row.EnumValue.ToString(CultureInfo.InvariantCulture) + ",");
                if (i < members.Length - 1)
                {
                    w.Line();
                }
            }

            w.Close();
            return w.End(names.Namespace);
        }

        private static string DescribeSource(string source) =>
            source == CodeTableParser.VendorSource
                ? "Vendor-specific: no RFC defines this code."
                : "Defined by RFC " + source.Replace("/", " and RFC ") + ".";
    }
}
