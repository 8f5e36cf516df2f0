using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace SmtpCodes.Evaluation;

/// <summary>How the evaluations write a score.</summary>
internal static class Scores
{
    /// <summary>A share as a percentage with one decimal (<c>90.1%</c>), the same in every culture; <c>-</c> of nothing.</summary>
    public static string Pct(int part, int whole) =>
        whole == 0 ? "-" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A blank line, the heading, then each group's right and total as <c>  name: right/total</c>.</summary>
    public static void WriteGroups(TextWriter output, string heading, IEnumerable<KeyValuePair<string, (int Right, int Total)>> groups)
    {
        output.WriteLine();
        output.WriteLine(heading);
        foreach (KeyValuePair<string, (int Right, int Total)> group in groups)
        {
            output.WriteLine($"  {group.Key}: {group.Value.Right}/{group.Value.Total}");
        }
    }

    /// <summary>A blank line, the heading, then the lines as they are.</summary>
    public static void WriteLines(TextWriter output, string heading, IEnumerable<string> lines)
    {
        output.WriteLine();
        output.WriteLine(heading);
        foreach (string line in lines)
        {
            output.WriteLine(line);
        }
    }
}
