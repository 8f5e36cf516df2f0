using System.Globalization;

namespace SmtpCodes.Evaluation;

/// <summary>How the evaluations write a score.</summary>
internal static class Scores
{
    /// <summary>A share as a percentage with one decimal (<c>90.1%</c>), the same in every culture; <c>-</c> of nothing.</summary>
    public static string Pct(int part, int whole) =>
        whole == 0 ? "-" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
