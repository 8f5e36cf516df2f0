using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using SmtpCodes.Cli;
using SmtpCodes.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Tests.Cli;

/// <summary>What System.CommandLine brings: help, parse errors (exit code 2 here, not its 1), tab completion.</summary>
public class CommandLineTests
{
    [Theory]
    [InlineData("frob")]
    [InlineData("list", "--colour", "4")]
    [InlineData("explain", "550", "--jsn")]
    [InlineData("explain", "550", "5.1.1", "User", "unknown")]
    [InlineData("explain")]
    [InlineData("list", "--class")]
    [InlineData("list", "--culture")]
    public void A_command_line_that_does_not_parse_is_reported_by_System_CommandLine_with_exit_code_2(params string[] args)
    {
        CliResult result = CliHarness.Run(args);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.NotEmpty(result.Error);
    }

    [Fact]
    public void No_command_at_all_is_a_parse_error_too()
    {
        CliResult result = CliHarness.Run();

        Assert.Equal(2, result.ExitCode);
        // System.CommandLine's own messages follow the UI culture (tr-TR here): "Gerekli komut sağlanmadı."
        Assert.NotEmpty(result.Error);
        // ... followed by the help, which lists the commands.
        Assert.Contains("explain <input>", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("explain", "--help")]
    [InlineData("list", "-h")]
    public void Help_exits_0_and_names_the_commands_and_options(params string[] args)
    {
        CliResult result = CliHarness.Run(args);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("--culture", result.Output, StringComparison.Ordinal);
        Assert.Contains("--json", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Top_level_help_lists_explain_and_list()
    {
        string help = CliHarness.Run("--help").Output;

        Assert.Contains("explain <input>", help, StringComparison.Ordinal);
        Assert.Contains("list", help, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_complete_on_tab()
    {
        RootCommand root = SmtpCodesCommand.Create(TextReader.Null, TextWriter.Null, TextWriter.Null);

        string[] completions = root.Parse("explain MailboxUn").GetCompletions().Select(c => c.Label).ToArray();

        Assert.Contains("MailboxUnavailable", completions);
    }

    [Fact]
    public void Classes_and_cultures_complete_on_tab()
    {
        RootCommand root = SmtpCodesCommand.Create(TextReader.Null, TextWriter.Null, TextWriter.Null);

        Assert.Equal(new[] { "1", "2", "3", "4", "5" }, root.Parse("list --class ").GetCompletions().Select(c => c.Label).ToArray());
        Assert.Contains("tr", root.Parse("list --culture ").GetCompletions().Select(c => c.Label));
    }

    [Fact]
    public void The_suggest_directive_that_shells_use_for_completion_works()
    {
        CliResult result = CliHarness.Run("[suggest:17]", "explain MailboxUn");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("MailboxUnavailable\n", result.Output, StringComparison.Ordinal);
    }
}
