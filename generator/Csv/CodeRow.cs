using SmtpCodes.Generator.Model;

namespace SmtpCodes.Generator.Csv
{
    /// <summary>
    /// One reply code from the CSV. <see cref="Texts"/> is aligned with <see cref="CodeTable.Cultures"/>;
    /// an empty text means "not translated, fall back to English".
    /// </summary>
    internal readonly record struct CodeRow(int Code, string Name, string Source, EquatableArray<string> Texts, int Line)
    {
        public string EnglishText => Texts[0];
    }
}
