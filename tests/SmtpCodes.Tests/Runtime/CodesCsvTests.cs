using System;
using System.Linq;
using System.Net.Mail;
using Xunit;

namespace SmtpCodes.Tests.Runtime;

/// <summary>What codes.csv must hold beyond the seed: the standard codes the seed lacks, sources, and familiar names.</summary>
public class CodesCsvTests
{
    [Theory]
    [InlineData(235, "4954")]
    [InlineData(334, "4954")]
    [InlineData(455, "5321")]
    [InlineData(555, "5321")]
    [InlineData(556, "7504")]
    public void The_standard_codes_the_seed_lacks_are_present_in_English_and_Turkish(int code, string rfc)
    {
        Assert.True(SmtpReplyInfo.IsDefined(code));
        string en = ((SmtpReply)code).Describe(System.Globalization.CultureInfo.InvariantCulture);
        string tr = ((SmtpReply)code).Describe(new System.Globalization.CultureInfo("tr"));
        Assert.False(string.IsNullOrWhiteSpace(en));
        Assert.False(string.IsNullOrWhiteSpace(tr));
        Assert.NotEqual(en, tr);
        Assert.Equal(rfc, SourceOf(code));
    }

    [Fact]
    public void The_seed_codes_no_rfc_defines_are_marked_vendor_and_no_rfc_code_is()
    {
        // Pins the seed's codes, not the table: a vendor row added to codes.csv is not a failure here.
        int[] seedVendor = { 510, 512, 515, 517, 522, 531, 540, 541, 542, 543, 546, 547 };
        var rows = Rows().ToDictionary(r => r.Code);
        Assert.All(seedVendor, code => Assert.Equal("vendor", rows[code].Source));
        Assert.All(Enum.GetValues<SmtpStatusCode>().Where(s => (int)s >= 100), s => Assert.NotEqual("vendor", rows[(int)s].Source));
    }

    [Fact]
    public void Names_follow_System_Net_Mail_SmtpStatusCode_where_it_names_the_code()
    {
        foreach (SmtpStatusCode status in Enum.GetValues<SmtpStatusCode>().Where(s => (int)s >= 100))
        {
            Assert.True(SmtpReplyInfo.IsDefined((int)status), $"{(int)status} is missing");
            Assert.Equal(status.ToString(), ((SmtpReply)(int)status).ToStringFast());
        }
    }

    [Fact]
    public void Every_row_has_English_and_Turkish_text()
    {
        Assert.NotEmpty(Rows());
        Assert.All(Rows(), r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.En));
            Assert.False(string.IsNullOrWhiteSpace(r.Tr));
        });
    }

    private static string SourceOf(int code) => Rows().Single(r => r.Code == code).Source;

    private static (int Code, string Name, string Source, string En, string Tr)[] Rows()
    {
        SmtpCodes.Generator.Csv.CodeTableParseResult result = SmtpCodes.Generator.Csv.CodeTableParser.Parse(Infrastructure.TestData.CodesCsv);
        Assert.Empty(result.Problems);
        return result.Table!.Value.Rows.Select(r => (r.Code, r.Name, r.Source, r.Texts[0], r.Texts[1])).ToArray();
    }
}
