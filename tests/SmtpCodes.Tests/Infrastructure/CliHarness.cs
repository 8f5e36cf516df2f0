using System;
using System.IO;
using System.Text.Json;

namespace SmtpCodes.Tests.Infrastructure;

/// <summary>What one in-process run of <c>smtpcodes</c> returned and printed.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public JsonElement Json()
    {
        using JsonDocument document = JsonDocument.Parse(Output);
        return document.RootElement.Clone();
    }

    public override string ToString() => $"exit code {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
}

/// <summary>Runs the tool's entry point in-process, with LF line breaks and the given standard input.</summary>
internal static class CliHarness
{
    public static CliResult Run(params string[] args) => RunWithInput(new StringReader(string.Empty), args);

    public static CliResult RunWithInput(string stdin, params string[] args) => RunWithInput(new StringReader(stdin), args);

    public static CliResult RunWithInput(TextReader stdin, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int exit = SmtpCodes.Cli.Program.Run(args, stdin, output, error);
        return new CliResult(exit, output.ToString(), error.ToString());
    }
}

/// <summary>Standard input that cannot be read, as when the pipe breaks.</summary>
internal sealed class BrokenReader : TextReader
{
    public override int Read() => throw new IOException("Broken pipe");

    public override string ReadToEnd() => throw new IOException("Broken pipe");
}
