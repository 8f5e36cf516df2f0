using SmtpCodes.Generator.Csv;

namespace SmtpCodes.Generator.Emit
{
    /// <summary>The names of everything generated for one enum, derived from the enum's namespace and name.</summary>
    internal sealed class GeneratedNames
    {
        public GeneratedNames(string ns, string enumName, string csvFileName, CodeTableKind kind)
        {
            Namespace = ns;
            EnumName = enumName;
            CsvFileName = csvFileName;
            Kind = kind;
        }

        public CodeTableKind Kind { get; }

        public bool IsEnhanced => Kind == CodeTableKind.Enhanced;

        public string Namespace { get; }

        public string EnumName { get; }

        public string CsvFileName { get; }

        /// <summary>The enum's full name without <c>global::</c>: also the base name of its .resx resources.</summary>
        public string EnumFullName => Namespace.Length == 0 ? EnumName : Namespace + "." + EnumName;

        public string EnumType => "global::" + EnumFullName;

        public string ExtensionsName => EnumName + "Extensions";

        public string InfoName => EnumName + "Info";

        public string InfoType => "global::" + EnumFullName + "Info";

        public string LocalizerName => EnumName + "Localizer";

        public string HintName(string suffix) => EnumFullName + suffix + ".g.cs";
    }
}
