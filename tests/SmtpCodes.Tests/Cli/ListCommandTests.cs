using System;
using System.Linq;
using System.Text.Json;
using SmtpCodes.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Tests.Cli;

/// <summary><c>smtpcodes list</c>: every known code, aligned, filtered by class, as text or JSON.</summary>
public class ListCommandTests
{
    [Theory]
    [InlineData("tr", "Kod  Ad ", "Sınıf", "Açıklama")]
    [InlineData("tr-TR", "Kod  Ad ", "Sınıf", "Açıklama")]
    [InlineData("en", "Code  Name ", "Class", "Description")]
    public void The_header_is_in_the_culture_and_the_columns_stay_aligned(string culture, string start, string classHeader, string descriptionHeader)
    {
        CliResult result = CliHarness.Run("list", "--class", "5", "--culture", culture);

        Assert.True(result.ExitCode == 0, result.ToString());
        string[] lines = result.Output.TrimEnd('\n').Split('\n');
        Assert.StartsWith(start, lines[0], StringComparison.Ordinal);
        int classAt = lines[0].IndexOf(classHeader, StringComparison.Ordinal);
        int descriptionAt = lines[0].IndexOf(descriptionHeader, StringComparison.Ordinal);
        Assert.EndsWith(descriptionHeader, lines[0], StringComparison.Ordinal);
        string line550 = Assert.Single(lines, l => l.StartsWith("550 ", StringComparison.Ordinal));
        Assert.Equal("PermanentNegative", line550.Substring(classAt, descriptionAt - classAt).TrimEnd());
        Assert.Equal(SmtpReply.MailboxUnavailable.Describe(new System.Globalization.CultureInfo(culture)), line550.Substring(descriptionAt));
    }

    [Fact]
    public void It_lists_every_member_with_a_header_in_aligned_columns()
    {
        CliResult result = CliHarness.Run("list", "--culture", "en");

        Assert.True(result.ExitCode == 0, result.ToString());
        string[] lines = result.Output.TrimEnd('\n').Split('\n');
        Assert.Equal(SmtpReplyInfo.GetValues().Count + 1, lines.Length);
        Assert.StartsWith("Code  Name ", lines[0], StringComparison.Ordinal);

        // Every column starts at the same place on every line.
        int nameAt = lines[0].IndexOf("Name", StringComparison.Ordinal);
        int classAt = lines[0].IndexOf("Class", StringComparison.Ordinal);
        int descriptionAt = lines[0].IndexOf("Description", StringComparison.Ordinal);
        string line550 = Assert.Single(lines, l => l.StartsWith("550 ", StringComparison.Ordinal));
        Assert.Equal("MailboxUnavailable", line550.Substring(nameAt, classAt - nameAt).TrimEnd());
        Assert.Equal("PermanentNegative", line550.Substring(classAt, descriptionAt - classAt).TrimEnd());
        Assert.Equal("Requested action not taken: mailbox unavailable (e.g., mailbox not found, no access, or command rejected for policy reasons)", line550.Substring(descriptionAt));
        Assert.All(lines.Skip(1), l => Assert.Equal(' ', l[nameAt - 1]));
        Assert.All(lines, l => Assert.False(l.EndsWith(' '), $"'{l}' ends in a space"));
    }

    [Fact]
    public void It_lists_in_Turkish_by_default_under_a_Turkish_UI_culture()
    {
        CliResult result = CliHarness.Run("list");

        Assert.Contains("İstenen işlem gerçekleştirilmedi: posta kutusu kullanılamıyor (ör. posta kutusu bulunamadı, erişim izni yok ya da komut politika nedeniyle reddedildi)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Class_4_lists_only_transient_failures()
    {
        CliResult result = CliHarness.Run("list", "--class", "4", "--culture", "tr");

        Assert.True(result.ExitCode == 0, result.ToString());
        string[] rows = result.Output.TrimEnd('\n').Split('\n').Skip(1).ToArray();
        Assert.Equal(SmtpReplyInfo.GetValues().Count(r => (int)r / 100 == 4), rows.Length);
        Assert.All(rows, row => Assert.StartsWith("4", row, StringComparison.Ordinal));
        Assert.Contains(rows, row => row.StartsWith("450 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_is_an_array_of_every_member()
    {
        CliResult result = CliHarness.Run("list", "--json", "--culture", "tr");

        Assert.True(result.ExitCode == 0, result.ToString());
        JsonElement json = result.Json();
        Assert.Equal(JsonValueKind.Array, json.ValueKind);
        Assert.Equal(SmtpReplyInfo.GetValues().Count, json.GetArrayLength());
        JsonElement item = json.EnumerateArray().Single(e => e.GetProperty("code").GetInt32() == 550);
        Assert.Equal("MailboxUnavailable", item.GetProperty("name").GetString());
        Assert.Equal("PermanentNegative", item.GetProperty("class").GetString());
        Assert.Equal("MailSystem", item.GetProperty("category").GetString());
        Assert.Equal("İstenen işlem gerçekleştirilmedi: posta kutusu kullanılamıyor (ör. posta kutusu bulunamadı, erişim izni yok ya da komut politika nedeniyle reddedildi)", item.GetProperty("description").GetString());
    }

    [Fact]
    public void Json_with_a_class_filters_too()
    {
        JsonElement json = CliHarness.Run("list", "--class", "2", "--json").Json();

        Assert.NotEqual(0, json.GetArrayLength());
        Assert.All(json.EnumerateArray(), e => Assert.Equal("PositiveCompletion", e.GetProperty("class").GetString()));
    }

    [Fact]
    public void An_unknown_culture_lists_in_English()
    {
        CliResult result = CliHarness.Run("list", "--culture", "not a culture");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Requested action not taken: mailbox unavailable (e.g., mailbox not found, no access, or command rejected for policy reasons)", result.Output, StringComparison.Ordinal);
    }
}
