using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SmtpCodes.Benchmarks;

/// <summary>Gives every additional file the item metadata MSBuild passes for a code table: its enum and its kind.</summary>
internal sealed class CodeFileOptionsProvider(string enumName, string kind) : AnalyzerConfigOptionsProvider
{
    private readonly Options _fileOptions = new(new Dictionary<string, string>
    {
        ["build_metadata.AdditionalFiles.SmtpCodesEnum"] = enumName,
        ["build_metadata.AdditionalFiles.SmtpCodesKind"] = kind,
    });

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _fileOptions;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override IEnumerable<string> Keys => values.Keys;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
