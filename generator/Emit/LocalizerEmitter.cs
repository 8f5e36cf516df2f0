namespace SmtpCodes.Generator.Emit
{
    /// <summary>Emits the <c>IStringLocalizer&lt;TEnum&gt;</c>: a thin subclass of the runtime's table-backed localizer.</summary>
    internal static class LocalizerEmitter
    {
        public static string Emit(GeneratedNames names, bool nullable)
        {
            var w = new SourceWriter(nullable).Begin(names.Namespace);
            w.DocXml(
                "<summary>",
                "An <see cref=\"global::Microsoft.Extensions.Localization.IStringLocalizer{T}\"/> for <see cref=\"" + names.EnumName + "\"/>,",
                "keyed by member name and served from the same per-culture cache as <c>Describe</c>.",
                "</summary>",
                "<remarks>",
                "The stock <c>AddLocalization()</c> localizer already finds these strings; register this one instead so that a",
                "lookup reads a per-culture array filled once, instead of walking ResourceManager's culture chain each time:",
                "<c>services.AddSingleton&lt;IStringLocalizer&lt;" + names.EnumName + "&gt;, " + names.LocalizerName + "&gt;()</c>.",
                "</remarks>");
            w.Line(SourceWriter.GeneratedCodeAttribute);
            w.Open("public sealed partial class " + names.LocalizerName + " : global::SmtpCodes.CodeTableLocalizer<" + names.EnumType + ">");
            w.DocXml("<summary>Creates a localizer that follows <see cref=\"global::System.Globalization.CultureInfo.CurrentUICulture\"/>.</summary>");
            w.Line("public " + names.LocalizerName + "()");
            w.Indent().Line(": base(" + names.InfoType + ".Table, null)").Unindent();
            w.Line("{");
            w.Line("}");
            w.Line();
            w.DocXml(
                "<summary>Creates a localizer for a fixed culture.</summary>",
                "<param name=\"culture\">The culture to localize into; <see langword=\"null\"/> follows <see cref=\"global::System.Globalization.CultureInfo.CurrentUICulture\"/>.</param>");
            w.Line("public " + names.LocalizerName + "(global::System.Globalization.CultureInfo" + w.Q + " culture)");
            w.Indent().Line(": base(" + names.InfoType + ".Table, culture)").Unindent();
            w.Line("{");
            w.Line("}");
            w.Close();
            return w.End(names.Namespace);
        }
    }
}
