using System.Globalization;

namespace SmtpCodes;

/// <summary>
/// The runtime's own localized texts (Resources/ReplyDigits*.resx): what the digits of unknown codes mean and the
/// formats that combine descriptions. The keys below are the resource names, in the order of the table.
/// </summary>
internal static class RuntimeTexts
{
    public const int Class1 = 0;
    public const int Category0 = 5;
    public const int UnknownCode = 11;
    public const int UnknownCodeNoCategory = 12;
    public const int InvalidCode = 13;
    public const int EnhancedUnknown = 14;
    public const int EnhancedNotAStatus = 15;
    public const int EnhancedDescription = 16;
    public const int ReplyAndEnhanced = 17;
    public const int MatchVendorEntry = 18;
    public const int MatchPhrase = 19;
    public const int MatchStatus = 20;
    public const int MatchReply = 21;
    public const int MatchVendor = 22;
    public const int MatchCommand = 23;
    public const int MatchSource = 24;

    private static readonly string[] Keys =
    {
        "Class1", "Class2", "Class3", "Class4", "Class5",
        "Category0", "Category1", "Category2", "Category3", "Category4", "Category5",
        "UnknownCode", "UnknownCodeNoCategory", "InvalidCode",
        "EnhancedUnknown", "EnhancedNotAStatus", "EnhancedDescription", "ReplyAndEnhanced",
        "MatchVendorEntry", "MatchPhrase", "MatchStatus", "MatchReply", "MatchVendor", "MatchCommand", "MatchSource",
    };

    private static readonly LocalizedTextTable Table = new(
        new System.Resources.ResourceManager("SmtpCodes.Resources.ReplyDigits", typeof(RuntimeTexts).Assembly),
        Keys,
        neutralTexts: null);

    /// <summary>How many texts there are: the keys are 0 to <c>Count - 1</c>.</summary>
    public static int Count => Keys.Length;

    public static string Get(int key, CultureInfo? culture) => Table.Get(key, culture);

    /// <summary>Fills a localized format. Numbers are formatted invariantly: codes are always written with ASCII digits.</summary>
    public static string Format(int key, CultureInfo? culture, params object[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, Get(key, culture), arguments);
}
