using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace SmtpCodes.Tests.Runtime;

/// <summary>
/// The runtime's own texts (<c>Resources/ReplyDigits*.resx</c>: what unknown codes' digits mean, and the formats that
/// combine descriptions or say what decided a diagnosis): every one is there in every shipped culture, and a translation
/// keeps its format's arguments.
/// </summary>
public class RuntimeTextsTests
{
    [Fact]
    public void Every_text_is_there_in_every_culture_with_the_same_arguments()
    {
        CultureInfo turkish = CultureInfo.GetCultureInfo("tr-TR");
        Assert.Equal(RuntimeTexts.MatchSource + 1, RuntimeTexts.Count);
        for (int key = 0; key < RuntimeTexts.Count; key++)
        {
            string neutral = RuntimeTexts.Get(key, CultureInfo.InvariantCulture);
            string translated = RuntimeTexts.Get(key, turkish);

            Assert.False(string.IsNullOrWhiteSpace(neutral), "key " + key);
            Assert.False(string.IsNullOrWhiteSpace(translated), "key " + key);
            Assert.Equal(Arguments(neutral), Arguments(translated));
        }
    }

    [Fact]
    public void The_words_that_say_what_decided_a_diagnosis_are_translated()
    {
        CultureInfo turkish = CultureInfo.GetCultureInfo("tr");
        int[] words = { RuntimeTexts.MatchVendorEntry, RuntimeTexts.MatchPhrase, RuntimeTexts.MatchStatus, RuntimeTexts.MatchReply, RuntimeTexts.MatchVendor, RuntimeTexts.MatchCommand };

        Assert.All(words, key => Assert.NotEqual(RuntimeTexts.Get(key, CultureInfo.InvariantCulture), RuntimeTexts.Get(key, turkish)));
    }

    private static string[] Arguments(string format) =>
        Regex.Matches(format, @"\{[0-9]+\}").Select(m => m.Value).Distinct().OrderBy(a => a, System.StringComparer.Ordinal).ToArray();
}
