using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using SmtpCodes.Bounces.Tests.Infrastructure;
using SmtpCodes.Bounces.Tests.Input;
using Xunit;

namespace SmtpCodes.Bounces.Tests.Cli;

public sealed class BounceCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"smtpcodes-cli-{Guid.NewGuid():N}");

    public BounceCommandTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllBytes(Path.Combine(_folder, "a.eml"), Emails.Bytes(MailboxTests.Bounce("amy@example.org", 550)));
        File.WriteAllBytes(Path.Combine(_folder, "b.eml"), Emails.Bytes(MailboxTests.Bounce("ben@example.org", 552)));
        File.WriteAllBytes(Path.Combine(_folder, "c.eml"), Emails.Bytes("From: x@example.org\nSubject: hi\n\nnot a bounce\n"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Exit, string Output, string Error) Run(string stdin, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        using var input = new StreamReader(new MemoryStream(Emails.Bytes(stdin)), Encoding.UTF8);
        int exit = SmtpCodes.Cli.Program.Run(args, input, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Json_lines_have_one_object_per_recipient_with_every_field()
    {
        (int exit, string output, string error) = Run(string.Empty, "bounce", _folder, "--json");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using JsonDocument first = JsonDocument.Parse(lines[0]);
        JsonElement json = first.RootElement;
        Assert.Equal(Path.Combine(_folder, "a.eml"), json.GetProperty("file").GetString());
        Assert.Equal("amy@example.org", json.GetProperty("recipient").GetString());
        Assert.Equal(550, json.GetProperty("code").GetInt32());
        Assert.Equal("qmail", json.GetProperty("decodedBy").GetString());
        Assert.Equal("failed", json.GetProperty("action").GetString());
        foreach (string field in new[] { "reason", "hardBounce", "status", "diagnostic", "remoteMta", "reportingMta", "arrivalDate", "originalMessageId", "originalFrom", "originalTo", "originalSubject", "feedbackType", "matchedBy", "messageNumber", "command" })
        {
            Assert.True(json.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public void The_table_has_a_row_per_recipient_and_a_count_per_reason()
    {
        (int exit, string output, _) = Run(string.Empty, "bounce", _folder, "--culture", "en");

        Assert.Equal(0, exit);
        Assert.Contains("amy@example.org", output, StringComparison.Ordinal);
        Assert.Contains("ben@example.org", output, StringComparison.Ordinal);
        Assert.Matches(@"\n\s*File\s+Recipient\s+Reason\s+Hard/soft\s+Code\s+Status\s+Text\s*\n", output);
        Assert.Matches(@"ben@example\.org\s+MailboxFull\s+soft\s+552\s", output);
        Assert.Contains("3 email(s), 2 with results, 2 recipient(s).", output, StringComparison.Ordinal);
        Assert.Contains("Recipients per reason", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tr")]
    [InlineData(null)] // The tests run under tr-TR, and the default is the current UI culture.
    public void The_table_speaks_the_culture_and_leaves_the_values_as_they_are(string? culture)
    {
        File.WriteAllBytes(Path.Combine(_folder, "d.eml"), Emails.Bytes(MailboxTests.Bounce("dan@example.org", 550).Replace("550 no good", "550 5.1.1 User unknown", StringComparison.Ordinal)));
        (int exit, string output, _) = culture is null ? Run(string.Empty, "bounce", _folder) : Run(string.Empty, "bounce", _folder, "--culture", culture);

        Assert.Equal(0, exit);
        Assert.Matches(@"\n\s*Dosya\s+Alıcı\s+Neden\s+Kalıcı/geçici\s+Kod\s+Durum\s+Metin\s*\n", output);
        // The reason is a name, as in JSON; hard or soft is a word of the culture.
        Assert.Matches(@"ben@example\.org\s+MailboxFull\s+geçici\s+552\s", output);
        Assert.Matches(@"dan@example\.org\s+UserUnknown\s+kalıcı\s+550\s", output);
        Assert.Contains("4 e-posta, 3 tanesinden sonuç çıktı, 3 alıcı.", output, StringComparison.Ordinal);
        Assert.Contains("Nedenlere göre alıcılar", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Recipient", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lines_are_the_same_in_every_culture()
    {
        (_, string english, _) = Run(string.Empty, "bounce", _folder, "--json", "--culture", "en");
        (_, string turkish, _) = Run(string.Empty, "bounce", _folder, "--json", "--culture", "tr");

        Assert.Equal(english, turkish);
    }

    [Fact]
    public void Standard_input_is_read_as_bytes()
    {
        (int exit, string output, _) = Run(MailboxTests.Bounce("cem@example.org", 550), "bounce", "-", "--json");

        Assert.Equal(0, exit);
        Assert.Contains("\"recipient\":\"cem@example.org\"", output, StringComparison.Ordinal);
        Assert.Contains("\"file\":\"-\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_mbox_file_gives_each_result_its_message_number()
    {
        string mbox = Path.Combine(_folder, "box.mbox");
        File.WriteAllBytes(mbox, Emails.Bytes(
            "From MAILER-DAEMON Mon Mar  2 10:00:00 2026\n" + MailboxTests.Bounce("fay@example.org", 550) + "\n\n" +
            "From MAILER-DAEMON Mon Mar  2 10:05:00 2026\n" + MailboxTests.Bounce("gus@example.org", 552) + "\n"));

        (int exit, string output, _) = Run(string.Empty, "bounce", mbox, "--json");

        Assert.Equal(0, exit);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using JsonDocument second = JsonDocument.Parse(lines[1]);
        Assert.Equal("gus@example.org", second.RootElement.GetProperty("recipient").GetString());
        Assert.Equal(2, second.RootElement.GetProperty("messageNumber").GetInt32());
        Assert.Equal(mbox, second.RootElement.GetProperty("file").GetString());
    }

    [Fact]
    public void Input_that_is_read_but_holds_no_bounce_exits_0_with_no_lines()
    {
        string file = Path.Combine(_folder, "c.eml");
        (int exit, string output, string error) = Run(string.Empty, "bounce", file, "--json");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void A_path_that_does_not_exist_exits_2_with_one_line()
    {
        (int exit, string output, string error) = Run(string.Empty, "bounce", Path.Combine(_folder, "missing.eml"), "--culture", "en");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("smtpcodes: cannot read", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_from_an_email_never_reach_the_terminal()
    {
        string bounce = MailboxTests.Bounce("dan@example.org", 550).Replace("no good", "no good \u001b]0;owned\u0007 \u2028 end", StringComparison.Ordinal);
        (_, string output, _) = Run(bounce, "bounce", "-");

        Assert.Contains("dan@example.org", output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\u0007', output);
        Assert.DoesNotContain('\u2028', output);
    }

    [Fact]
    public void A_file_name_with_an_escape_sequence_is_shown_escaped()
    {
        File.WriteAllBytes(Path.Combine(_folder, "evil\u001b[2J.eml"), Emails.Bytes(MailboxTests.Bounce("eve@example.org", 550)));
        (_, string output, _) = Run(string.Empty, "bounce", _folder);

        Assert.DoesNotContain('\u001b', output);
        Assert.Contains("evil\\u001B[2J.eml", output, StringComparison.Ordinal);
    }
}
