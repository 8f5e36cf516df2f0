using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using SmtpCodes.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Tests.Cli;

/// <summary><c>explain</c> on real-world text: the reason, hard or soft, the action, the vendor and why.</summary>
public class ExplainDiagnosisTests
{
    private static readonly CultureInfo Tr = new("tr");

    [Fact]
    public void Json_has_the_diagnosis_fields()
    {
        JsonElement json = CliHarness.Run("explain", "Remote host said: 550 5.1.1 <ann@example.org>... User unknown", "--json", "--culture", "tr").Json();

        Assert.Equal(550, json.GetProperty("code").GetInt32());
        Assert.Equal("5.1.1", json.GetProperty("enhancedCode").GetString());
        Assert.Equal("UserUnknown", json.GetProperty("reason").GetString());
        Assert.True(json.GetProperty("hardBounce").GetBoolean());
        Assert.Equal(BounceReason.UserUnknown.DescribeAction(Tr), json.GetProperty("action").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("vendor").ValueKind);
        Assert.Equal("phrase \"user unknown\" + status X.1.X (diagnosis-rules.csv)", json.GetProperty("matchedBy").GetString());
        Assert.Equal("<ann@example.org>... User unknown", json.GetProperty("text").GetString());
    }

    [Fact]
    public void An_enhanced_code_alone_is_explained_without_a_reply_code()
    {
        CliResult result = CliHarness.Run("explain", "5.2.2", "--json");
        JsonElement json = result.Json();

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("code").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("class").ValueKind);
        Assert.Equal("5.2.2", json.GetProperty("enhancedCode").GetString());
        Assert.Equal("MailboxFull", json.GetProperty("reason").GetString());
        Assert.False(json.GetProperty("hardBounce").GetBoolean());
    }

    [Fact]
    public void Text_without_codes_has_null_codes_and_a_reason()
    {
        JsonElement json = CliHarness.Run("explain", "connect to mx.example.net[192.0.2.1]:25: Connection timed out", "--json").Json();

        Assert.Equal(JsonValueKind.Null, json.GetProperty("code").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("enhancedCode").ValueKind);
        Assert.Equal("Expired", json.GetProperty("reason").GetString());
    }

    [Fact]
    public void A_vendor_entry_comes_first_in_the_text_output()
    {
        CliResult result = CliHarness.Run("explain", "550 5.7.26 Unauthenticated email from example.org is not accepted due to domain's DMARC policy. - gsmtp", "--culture", "en");

        Assert.Equal(0, result.ExitCode);
        string[] labels = result.Output.Split('\n').Where(l => l.Length > 0 && l[0] != ' ').Select(l => l.Substring(0, l.IndexOf(':', StringComparison.Ordinal))).ToArray();
        Assert.Equal(new[] { "Code", "Name", "Class", "Category", "Vendor", "Enhanced code", "Enhanced meaning", "Reason", "Meaning", "Action", "Matched by", "Server text" }, labels);
        Assert.Contains("Vendor:           Google ", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u0001\u0002\u0003\u0004")]
    [InlineData("%%%% ???? !!!!")]
    public void Input_with_nothing_to_explain_exits_2_with_one_line(string input)
    {
        CliResult result = CliHarness.Run("explain", input);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("smtpcodes: ", result.Error, StringComparison.Ordinal);
    }
}
