using System.CommandLine;
using System.IO;

namespace SmtpCodes.Cli;

/// <summary>The root command: <c>explain</c> and <c>list</c>, with <c>--culture</c> and <c>--json</c> on both.</summary>
internal static class SmtpCodesCommand
{
    /// <summary>Builds the command tree; the actions write to the given streams.</summary>
    /// <param name="stdin">Where <c>explain -</c> reads from.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where one-line errors go.</param>
    /// <returns>The root command.</returns>
    public static RootCommand Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var options = new SharedOptions();
        var root = new RootCommand("Explains SMTP reply codes and replies (\"550 5.1.1 User unknown\") in English or Turkish.");
        root.Options.Add(options.Culture);
        root.Options.Add(options.Json);
        root.Subcommands.Add(ExplainCommand.Create(options, stdin, stdout, stderr));
        root.Subcommands.Add(ListCommand.Create(options, stdout, stderr));
        root.Subcommands.Add(BounceCommand.Create(options, stdin, stdout, stderr));
        return root;
    }
}
