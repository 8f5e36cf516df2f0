using System.Globalization;
using System.Linq;
using SmtpCodes.Generator.Csv;

namespace SmtpCodes.Generator.Emit
{
    /// <summary>
    /// Emits a rule table as the data of the runtime's matcher: one array per column, in file order, which is the order
    /// the rules are tried in. The runtime builds one automaton over every phrase, so a text is scanned once.
    /// </summary>
    internal static class RulesEmitter
    {
        public static string Emit(GeneratedNames names, CodeTable table, bool nullable)
        {
            CodeRow[] rules = table.Rows.Where(r => r.Kind == CodeRowKind.Rule).ToArray();
            var w = new SourceWriter(nullable).Begin(names.Namespace);
            w.Doc("summary", "The classification rules of " + names.CsvFileName + ", tried in file order: the first rule whose every condition holds decides the reason.");
            w.Line(SourceWriter.GeneratedCodeAttribute);
            w.Open("internal static class " + names.EnumName);
            w.DocXml("<summary>Creates the rule set (the runtime keeps one).</summary>");
            w.Line("internal static global::SmtpCodes.DiagnosisRules Create() => new global::SmtpCodes.DiagnosisRules(");
            w.Indent();
            w.Line(SourceWriter.Literal(names.CsvFileName) + ",");
            Array(w, "int", rules.Select(r => (r.Line + 1).ToString(CultureInfo.InvariantCulture)), ",");
            Array(w, "global::SmtpCodes.BounceReason", rules.Select(r => "global::SmtpCodes.BounceReason." + SourceWriter.Identifier(r.Extra[0])), ",");
            Array(w, "int", rules.Select(r => Status(r.Extra[1])), ",");
            // A class (5XX) is its digit: any reply code of that class.
            Array(w, "int", rules.Select(r => r.Extra[2].Length == 0 ? "0" : AttributeTableParser.IsReplyClass(r.Extra[2]) ? r.Extra[2].Substring(0, 1) : r.Extra[2]), ",");
            Array(w, "string", rules.Select(r => SourceWriter.Literal(r.Extra[3])), ",");
            // The commands only when a rule names one, so a table without the column compiles as before.
            bool commands = rules.Any(r => r.Extra[5].Length > 0);
            Array(w, "string", rules.Select(r => SourceWriter.Literal(r.Extra[4])), commands ? "," : ");");
            if (commands)
            {
                Array(w, "global::SmtpCodes.SmtpCommand", rules.Select(r => "global::SmtpCodes.SmtpCommand." + (r.Extra[5].Length == 0 ? "Unknown" : r.Extra[5])), ");");
            }
            w.Unindent();
            w.Close();
            return w.End(names.Namespace);
        }

        private static string Status(string text)
        {
            if (text.Length == 0)
            {
                return "-1";
            }

            AttributeTableParser.TryReadRuleStatus(text, out int key);
            return key.ToString(CultureInfo.InvariantCulture);
        }

        private static void Array(SourceWriter w, string type, System.Collections.Generic.IEnumerable<string> items, string suffix)
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
