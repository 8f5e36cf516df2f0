using System.CommandLine;

namespace SmtpCodes.Cli;

/// <summary>The options every command takes: they are recursive, so they go before or after the command name.</summary>
internal sealed class SharedOptions
{
    public SharedOptions()
    {
        Culture.CompletionSources.Add("en", "en-US", "tr", "tr-TR");
    }

    /// <summary><c>--culture</c>: the language of the explanations and of the text output's labels; absent means the current UI culture.</summary>
    public Option<string?> Culture { get; } = new("--culture")
    {
        Description = "Culture of the explanations and of the text output's labels (en, tr, tr-TR, ...). Default: the current UI culture. Unknown cultures fall back to English.",
        HelpName = "name",
        Recursive = true,
    };

    /// <summary><c>--json</c>: machine-readable output.</summary>
    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print JSON instead of text.",
        Recursive = true,
    };
}
