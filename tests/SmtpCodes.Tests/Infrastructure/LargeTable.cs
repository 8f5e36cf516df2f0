using System.Globalization;
using System.Text;

namespace SmtpCodes.Tests.Infrastructure;

/// <summary>Valid code tables of many rows, for the generated code's scale (the benchmarks' LargeEnhancedCsv, sized).</summary>
internal static class LargeTable
{
    /// <summary>
    /// A reply table (codes 100 on, at most 500 rows), or an enhanced table of subjects 0–9 with consecutive details
    /// (dense values) or, when <paramref name="sparse"/>, subjects 0–999 with the details 1, 500 and 999 (values spread
    /// over a million, so the generated code searches instead of indexing).
    /// </summary>
    public static string Create(string kind, int rows, bool sparse = false)
    {
        var csv = new StringBuilder("code,name,source,en,tr\n");
        if (kind == "reply")
        {
            for (int i = 0; i < rows; i++)
            {
                string code = Format(100 + i);
                csv.Append(code).Append(",Reply").Append(code).Append(",vendor,\"Reply ").Append(code).Append(", quoted\",Yanıt ").Append(code).Append('\n');
            }

            return csv.ToString();
        }

        int[] details = sparse ? new[] { 1, 500, 999 } : null!;
        int subjects = sparse ? rows / 3 : 10;
        int perSubject = sparse ? 3 : rows / subjects;
        for (int subject = 0; subject < subjects; subject++)
        {
            for (int d = 0; d < perSubject; d++)
            {
                int detail = sparse ? details[d] : d + 1;
                string code = Format(subject) + "." + Format(detail);
                csv.Append("X.").Append(code).Append(",Status").Append(Format(subject)).Append('x').Append(Format(detail))
                    .Append(",3463,\"Synthetic status X.").Append(code).Append(", quoted\",Yapay durum X.").Append(code).Append('\n');
            }
        }

        return csv.ToString();
    }

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
