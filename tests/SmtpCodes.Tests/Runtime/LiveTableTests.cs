using System.Globalization;
using System.IO;
using System.Linq;
using SmtpCodes.Generator.Csv;
using SmtpCodes.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Tests.Runtime;

/// <summary>
/// The live tables, checked as properties rather than pinned: every row of codes.csv and enhanced-codes.csv is in the
/// built library with its exact name and its exact text in every culture column (English where a cell is empty), and
/// nothing else is. Adding, changing or removing a row keeps these green with no other edit.
/// </summary>
public class LiveTableTests
{
    [Fact]
    public void Every_row_of_codes_csv_is_a_member_with_its_texts_in_every_culture()
    {
        CodeTable table = Parse("codes.csv", CodeTableKind.Reply);

        Assert.Equal(table.Rows.Select(r => r.Code), SmtpReplyInfo.GetValues().Select(v => (int)v));
        foreach (CodeRow row in table.Rows)
        {
            var reply = (SmtpReply)row.Code;
            Assert.Equal(row.Name, reply.ToStringFast());
            Assert.Equal(row.Name, reply.ToString());
            Assert.True(SmtpReplyInfo.TryParse(row.Name, out SmtpReply byName) && byName == reply, row.Name);
            Assert.True(SmtpReplyInfo.TryParse(row.DisplayCode, out SmtpReply byCode) && byCode == reply, row.DisplayCode);
            for (int c = 0; c < table.Cultures.Count; c++)
            {
                Assert.Equal(Expected(row, c), reply.Describe(CultureOf(table, c)));
            }
        }
    }

    [Fact]
    public void Every_row_of_enhanced_codes_csv_is_a_member_or_a_fallback_text_in_every_culture()
    {
        CodeTable table = Parse("enhanced-codes.csv", CodeTableKind.Enhanced);

        Assert.Equal(
            table.Rows.Where(r => r.IsMember).Select(r => r.EnumValue),
            EnhancedStatusInfo.GetValues().Select(v => (int)v));
        foreach (CodeRow row in table.Rows)
        {
            for (int c = 0; c < table.Cultures.Count; c++)
            {
                CultureInfo culture = CultureOf(table, c);
                string actual = row.Kind switch
                {
                    CodeRowKind.EnhancedDetail => ((EnhancedStatus)row.EnumValue).Describe(culture),
                    CodeRowKind.EnhancedSubject => EnhancedStatusInfo.Table.Get(EnhancedStatusInfo.SubjectIndex(row.Subject), culture),
                    _ => EnhancedStatusInfo.Table.Get(EnhancedStatusInfo.ClassIndex(row.Code), culture),
                };
                Assert.Equal(Expected(row, c), actual);
            }

            if (row.IsMember)
            {
                var status = (EnhancedStatus)row.EnumValue;
                Assert.Equal(row.Name, status.ToStringFast());
                Assert.Equal(row.Name, status.ToString());
                Assert.True(EnhancedStatusInfo.TryParse(row.Name, out EnhancedStatus byName) && byName == status, row.Name);
                Assert.True(EnhancedStatusInfo.TryParse(row.DisplayCode, out EnhancedStatus byCode) && byCode == status, row.DisplayCode);
            }
        }
    }

    [Fact]
    public void Every_row_of_reasons_csv_is_a_member_with_its_texts_actions_and_bounce_in_every_culture()
    {
        CodeTable table = Parse("reasons.csv", CodeTableKind.Reason);
        CodeRow[] reasons = table.Rows.Where(r => r.IsMember).ToArray();

        Assert.Equal(reasons.Select(r => r.Name), BounceReasonInfo.GetValues().Select(v => v.ToStringFast()));
        foreach (CodeRow row in reasons)
        {
            var reason = (BounceReason)row.Code;
            CodeRow action = table.Rows.Single(r => r.Kind == CodeRowKind.ReasonAction && r.Name == row.Name + ".Action");
            Assert.Equal(row.Name, reason.ToString());
            Assert.Equal(row.Source switch { "hard" => true, "soft" => (bool?)false, _ => null }, reason.IsHardBounce());
            for (int c = 0; c < table.Cultures.Count; c++)
            {
                Assert.Equal(Expected(row, c), reason.Describe(CultureOf(table, c)));
                Assert.Equal(Expected(action, c), reason.DescribeAction(CultureOf(table, c)));
            }
        }
    }

    [Fact]
    public void Every_row_of_every_vendor_table_is_an_entry_with_its_status_tag_reason_and_texts()
    {
        foreach (VendorTable vendor in SmtpDiagnosis.GetVendors())
        {
            CodeTable table = Parse(Path.Combine("vendors", vendor.Name.ToLowerInvariant() + ".csv"), CodeTableKind.Vendor);
            CodeRow[] rows = table.Rows.Where(r => r.IsMember).ToArray();

            Assert.Equal(rows.Length, vendor.Count);
            for (int i = 0; i < rows.Length; i++)
            {
                Assert.Equal(rows[i].Name, vendor.GetName(i));
                Assert.Equal(rows[i].Source, vendor.GetStatus(i).ToString());
                Assert.Equal(rows[i].Extra[0], vendor.GetTag(i));
                Assert.Equal(rows[i].Extra[1], vendor.GetReason(i).ToStringFast());
                for (int c = 0; c < table.Cultures.Count; c++)
                {
                    Assert.Equal(Expected(rows[i], c), vendor.Describe(i, CultureOf(table, c)));
                }
            }
        }

        Assert.Equal(
            Directory.GetFiles(TestData.Path("vendors"), "*.csv").Length,
            SmtpDiagnosis.GetVendors().Count);
    }

    [Fact]
    public void The_public_api_files_list_no_enum_member_that_comes_from_a_data_row()
    {
        string[] lines = File.ReadAllLines(Path.Combine(TestData.RepositoryRoot, "runtime", "PublicAPI.Unshipped.txt"))
            .Concat(File.ReadAllLines(Path.Combine(TestData.RepositoryRoot, "runtime", "PublicAPI.Shipped.txt")))
            .ToArray();

        Assert.Contains("SmtpCodes.SmtpReply", lines);
        Assert.Contains("SmtpCodes.EnhancedStatus", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("SmtpCodes.SmtpReply.", System.StringComparison.Ordinal) && l.Contains(" = ", System.StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("SmtpCodes.EnhancedStatus.", System.StringComparison.Ordinal) && l.Contains(" = ", System.StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("SmtpCodes.BounceReason.", System.StringComparison.Ordinal) && l.Contains(" = ", System.StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("SmtpCodes.Vendors.", System.StringComparison.Ordinal) && l.Contains(" = ", System.StringComparison.Ordinal));
    }

    private static string Expected(CodeRow row, int culture) =>
        row.Texts[culture].Length == 0 ? row.EnglishText : row.Texts[culture];

    private static CultureInfo CultureOf(CodeTable table, int column) =>
        column == 0 ? CultureInfo.InvariantCulture : new CultureInfo(table.Cultures[column]);

    private static CodeTable Parse(string file, CodeTableKind kind)
    {
        CodeTableParseResult result = CodeTableKinds.Parse(File.ReadAllText(TestData.Path(file)), kind);
        Assert.DoesNotContain(result.Problems, p => p.Kind != CodeTableProblemKind.EmptyCultureText);
        return result.Table!.Value;
    }
}
