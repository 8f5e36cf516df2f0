using System.Globalization;
using System.Text;

namespace SmtpCodes.Benchmarks;

/// <summary>
/// A valid enhanced-status table (<c>SmtpCodesKind=enhanced</c>) of exactly <see cref="Rows"/> rows. A reply table
/// cannot have that many: its codes are unique three-digit numbers from 100 to 599, 500 at most. Enhanced codes are
/// <c>X.S.D</c> with subject and detail up to 999, so this one has the subjects <c>X.0.X</c> to <c>X.9.X</c> and, under
/// each, the details 1 to 999, with English (quoted, with a comma) and Turkish text: 10 + 9,990 rows.
/// </summary>
internal static class LargeEnhancedCsv
{
    public const int Rows = 10_000;

    private const int Subjects = 10;

    public static string Create()
    {
        var csv = new StringBuilder("code,name,source,en,tr\n");
        for (int subject = 0; subject < Subjects; subject++)
        {
            string s = subject.ToString(CultureInfo.InvariantCulture);
            csv.Append("X.").Append(s).Append(".X,Subject").Append(s).Append(",3463,Synthetic subject ").Append(s)
                .Append(",Yapay konu ").Append(s).Append('\n');
        }

        int perSubject = (Rows - Subjects) / Subjects;
        for (int subject = 0; subject < Subjects; subject++)
        {
            for (int detail = 1; detail <= perSubject; detail++)
            {
                string code = subject.ToString(CultureInfo.InvariantCulture) + "." + detail.ToString(CultureInfo.InvariantCulture);
                string name = "Status" + subject.ToString(CultureInfo.InvariantCulture) + "x" + detail.ToString(CultureInfo.InvariantCulture);
                csv.Append("X.").Append(code).Append(',').Append(name).Append(",3463,\"Synthetic status X.").Append(code)
                    .Append(", quoted\",Yapay durum X.").Append(code).Append('\n');
            }
        }

        return csv.ToString();
    }
}
