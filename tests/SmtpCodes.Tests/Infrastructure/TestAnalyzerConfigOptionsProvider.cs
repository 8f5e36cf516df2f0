using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SmtpCodes.Tests.Infrastructure;

/// <summary>Gives each additional file the item metadata MSBuild would pass (e.g. <c>SmtpCodesEnum</c>), keyed by path.</summary>
internal sealed class TestAnalyzerConfigOptionsProvider(IReadOnlyDictionary<string, Dictionary<string, string>> metadataByPath) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        metadataByPath.TryGetValue(textFile.Path, out Dictionary<string, string>? metadata)
            ? new Options(metadata)
            : GlobalOptions;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys;
    }
}
