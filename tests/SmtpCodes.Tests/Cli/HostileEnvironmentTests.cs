using System;
using System.IO;
using System.Linq;
using SmtpCodes.Cli;
using SmtpCodes.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Tests.Cli;

/// <summary>
/// The tool survives its environment: endless standard input, output that cannot be written, and server text made to
/// drive a terminal.
/// </summary>
public class HostileEnvironmentTests
{
    private const string Hostile = "550 5.1.1 \u001B[2J\u001B]0;pwned\u0007 User\u0000 \u000B\u000C\u0085\u2028\u202Eunknown\rEVIL";

    [Fact]
    public void Endless_standard_input_stops_at_the_limit_with_one_line_and_exit_code_2()
    {
        var endless = new EndlessReader();

        CliResult result = CliHarness.RunWithInput(endless, "explain", "-", "--culture", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("smtpcodes: standard input is longer than 1 MB (1,048,576 characters); 'smtpcodes explain -' reads one reply.\n", result.Error);
        Assert.Empty(result.Output);
        Assert.InRange(endless.CharactersRead, ExplainCommand.MaxStandardInputLength, ExplainCommand.MaxStandardInputLength + 8192);
    }

    [Fact]
    public void Standard_input_of_exactly_the_limit_is_still_read()
    {
        string reply = "550 " + new string('x', ExplainCommand.MaxStandardInputLength - 4);

        CliResult result = CliHarness.RunWithInput(reply, "explain", "-", "--json");

        Assert.True(result.ExitCode == 0, result.Error);
    }

    [Theory]
    [InlineData("list")]
    [InlineData("explain", "550")]
    [InlineData("explain", "550", "--json")]
    [InlineData("--help")]
    public void Output_that_cannot_be_written_is_one_line_and_exit_code_74(params string[] args)
    {
        var error = new StringWriter { NewLine = "\n" };

        int exit = Program.Run(args, new StringReader(string.Empty), new FailingWriter(), error);

        Assert.Equal(ExitCodes.OutputFailed, exit);
        Assert.Equal("smtpcodes: cannot write the output: No space left on device\n", error.ToString());
    }

    [Fact]
    public void A_real_process_writing_to_dev_full_exits_74_without_a_stack_trace()
    {
        if (!File.Exists("/dev/full"))
        {
            return; // Linux only; the in-process test above covers the logic everywhere.
        }

        string tool = Path.Combine(AppContext.BaseDirectory, "SmtpCodes.Cli.dll");
        CommandResult result = DotnetCli.RunProgram("/bin/sh", AppContext.BaseDirectory, TimeSpan.FromMinutes(1), null, "-c", "dotnet \"$0\" list > /dev/full", tool);

        Assert.True(result.ExitCode == 74, result.ToString());
        string line = Assert.Single(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("smtpcodes: cannot write the output: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Server_text_is_escaped_in_the_text_output()
    {
        CliResult result = CliHarness.Run("explain", Hostile, "--culture", "en");

        Assert.True(result.ExitCode == 0, result.ToString());
        AssertTerminalSafe(result.Output);
        Assert.Contains(
            "Server text:      \\u001B[2J\\u001B]0;pwned\\u0007 User\\u0000 \\u000B\\u000C\\u0085\\u2028\\u202Eunknown\\u000DEVIL\n",
            result.Output,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Server_text_is_escaped_the_same_way_in_json()
    {
        CliResult result = CliHarness.Run("explain", Hostile, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        AssertTerminalSafe(result.Output);
        Assert.Equal(
            "\\u001B[2J\\u001B]0;pwned\\u0007 User\\u0000 \\u000B\\u000C\\u0085\\u2028\\u202Eunknown\\u000DEVIL",
            result.Json().GetProperty("text").GetString());
    }

    [Fact]
    public void The_lines_of_a_multi_line_reply_are_escaped_one_by_one()
    {
        CliResult result = CliHarness.RunWithInput("550-first\u001B[31m\n550 second\u2029line\n", "explain", "-", "--json");

        Assert.Equal("first\\u001B[31m\nsecond\\u2029line", result.Json().GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("hello\u001B[2Jworld", "'hello\\u001B[2Jworld'")]
    [InlineData("x\u0000\u000B\u000C\u0085\u2028y", "'x\\u0000\\u000B\\u000C\\u0085\\u2028y'")]
    [InlineData("\u202Eevil", "'\\u202Eevil'")]
    public void Quoted_input_in_an_error_line_is_escaped(string input, string quoted)
    {
        CliResult result = CliHarness.Run("explain", input, "--culture", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("smtpcodes: " + quoted + " holds no reply code", result.Error, StringComparison.Ordinal);
        AssertTerminalSafe(result.Error);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_parse_error_quoting_a_reply_line_is_escaped()
    {
        CliResult result = CliHarness.Run("explain", "550x \u001B]0;pwned\u0007");

        Assert.Equal(2, result.ExitCode);
        AssertTerminalSafe(result.Error);
        Assert.Contains("\\u001B]0;pwned\\u0007", result.Error, StringComparison.Ordinal);
    }

    private static void AssertTerminalSafe(string output)
    {
        Assert.DoesNotContain(output, c => (char.IsControl(c) && c != '\n') || c is '\u2028' or '\u2029' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format);
    }

    /// <summary>Standard input like /dev/zero: NUL characters that never end.</summary>
    private sealed class EndlessReader : TextReader
    {
        public long CharactersRead { get; private set; }

        public override int Read(char[] buffer, int index, int count)
        {
            Array.Clear(buffer, index, count);
            CharactersRead += count;
            return count;
        }

        public override int Read() => 0;

        public override string ReadToEnd() => throw new OutOfMemoryException("ReadToEnd on endless input");
    }

    /// <summary>Standard output on a full disk.</summary>
    private sealed class FailingWriter : StringWriter
    {
        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");

        public override void Write(char[] buffer, int index, int count) => throw new IOException("No space left on device");

        public override void WriteLine(string? value) => throw new IOException("No space left on device");
    }
}
