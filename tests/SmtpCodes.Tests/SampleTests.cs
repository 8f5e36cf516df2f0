using System.IO;
using Xunit;

namespace SmtpCodes.Tests;

/// <summary>The README's main job: the sample prints codes in English and Turkish and rejects unknown input.</summary>
public class SampleTests
{
    [Fact]
    public void With_no_arguments_it_prints_common_codes_in_English_and_Turkish()
    {
        var output = new StringWriter { NewLine = "\n" };
        int exit = SmtpCodes.Sample.Program.Run(System.Array.Empty<string>(), output, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Contains("550 MailboxUnavailable (PermanentNegative)\n  en: Requested action not taken: mailbox unavailable\n  tr: İstenen işlem uygulanmadı: posta kutusu yok\n", output.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void It_describes_the_codes_and_names_it_is_given()
    {
        var output = new StringWriter { NewLine = "\n" };
        int exit = SmtpCodes.Sample.Program.Run(new[] { "421", "mailboxbusy" }, output, new StringWriter());

        Assert.Equal(0, exit);
        Assert.StartsWith("421 ServiceNotAvailable (TransientNegative)\n", output.ToString(), System.StringComparison.Ordinal);
        Assert.Contains("450 MailboxBusy (TransientNegative)\n", output.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_input_is_one_clear_line_on_stderr_and_exit_code_2()
    {
        var error = new StringWriter { NewLine = "\n" };
        int exit = SmtpCodes.Sample.Program.Run(new[] { "999" }, new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Equal("'999' is not a known SMTP reply code or name (try 550 or MailboxUnavailable).\n", error.ToString());
    }
}
