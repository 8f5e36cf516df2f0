using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SmtpCodes.Generator;

namespace SmtpCodes.Tests.Infrastructure;

/// <summary>
/// A CSV to hand the generator: its path, its text, the enum its metadata names (null: not a code table) and its
/// <c>SmtpCodesKind</c> metadata (null: not set).
/// </summary>
internal sealed record CodeFile(string Path, string Text, string? EnumName = "Test.TestReply", string? Kind = null);

/// <summary>Runs <see cref="SmtpCodesGenerator"/> the way the compiler does, on in-memory CSVs and C# sources.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions =
        new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    /// <summary>What the generated code is compiled against: .NET 8 and the SmtpCodes runtime it stands on.</summary>
    public static readonly ImmutableArray<MetadataReference> References =
        Net80.References.All.CastArray<MetadataReference>()
            .Add(MetadataReference.CreateFromFile(typeof(SmtpReplyDigits).Assembly.Location))
            .Add(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Localization.IStringLocalizer).Assembly.Location));

    public static string GeneratorVersion { get; } =
        typeof(SmtpCodesGenerator).Assembly.GetName().Version!.ToString();

    public static CSharpCompilation CreateCompilation(params string[] sources) => CreateCompilation(ParseOptions, sources);

    /// <summary>A compilation in the given language version; before C# 8 there are no nullable annotations, so none are enabled.</summary>
    public static CSharpCompilation CreateCompilation(CSharpParseOptions parseOptions, params string[] sources) =>
        CSharpCompilation.Create(
            "GeneratorTest",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, parseOptions)),
            References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: parseOptions.LanguageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable));

    public static GeneratorDriver CreateDriver(params CodeFile[] files) =>
        CreateDriver(files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)), OptionsFor(files));

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> texts, TestAnalyzerConfigOptionsProvider options, CSharpParseOptions? parseOptions = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new SmtpCodesGenerator().AsSourceGenerator() },
            texts,
            parseOptions ?? ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static TestAnalyzerConfigOptionsProvider OptionsFor(IEnumerable<CodeFile> files) =>
        new(files.Where(f => f.EnumName is not null).ToDictionary(f => f.Path, f => Metadata(f)));

    private static Dictionary<string, string> Metadata(CodeFile file)
    {
        var metadata = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.SmtpCodesEnum"] = file.EnumName! };
        if (file.Kind is not null)
        {
            metadata["build_metadata.AdditionalFiles.SmtpCodesKind"] = file.Kind;
        }

        return metadata;
    }

    /// <summary>Runs the generator and compiles its output with the given sources.</summary>
    public static GeneratorResult Run(CodeFile[] files, params string[] sources) => Run(files, LanguageVersion.CSharp12, sources);

    /// <summary>Runs the generator for a project in the given language version (C# 7.3 is a netstandard2.0 project's default).</summary>
    public static GeneratorResult Run(CodeFile[] files, LanguageVersion languageVersion, params string[] sources)
    {
        CSharpParseOptions parseOptions = new(languageVersion, DocumentationMode.Diagnose);
        CSharpCompilation compilation = CreateCompilation(parseOptions, sources);
        GeneratorDriver driver = CreateDriver(files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)), OptionsFor(files), parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> _);
        return new GeneratorResult(driver.GetRunResult(), output);
    }

    public static GeneratorResult Run(string csv, string enumName = "Test.TestReply", string? kind = null) =>
        Run(new[] { new CodeFile("/src/codes.csv", csv, enumName, kind) });
}

/// <summary>The generator's run and the compilation that includes its output.</summary>
internal sealed record GeneratorResult(GeneratorDriverRunResult RunResult, Compilation Output)
{
    public ImmutableArray<Diagnostic> GeneratorDiagnostics => RunResult.Diagnostics;

    /// <summary>Errors and warnings from compiling the generated code, ignoring CS0436 (a generated type shadowing the
    /// same type in the referenced runtime, which happens when a test regenerates SmtpCodes.SmtpReply).</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems =>
        Output.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS0436")
            .ToList();

    public IReadOnlyList<GeneratedSourceResult> Sources =>
        RunResult.Results.SelectMany(r => r.GeneratedSources).ToList();

    /// <summary>Every diagnostic and generated file as one reviewable text, with the generator version scrubbed.</summary>
    public string Render()
    {
        var builder = new StringBuilder();
        builder.Append("// ==== diagnostics ====\n");
        foreach (Diagnostic d in GeneratorDiagnostics.OrderBy(d => d.Location.GetLineSpan().StartLinePosition).ThenBy(d => d.Id, StringComparer.Ordinal))
        {
            FileLinePositionSpan span = d.Location.GetLineSpan();
            builder.Append("// ").Append(d.Id).Append(' ').Append(d.Severity).Append(' ')
                .Append(System.IO.Path.GetFileName(span.Path)).Append('(')
                .Append(span.StartLinePosition.Line + 1).Append(',').Append(span.StartLinePosition.Character + 1).Append("): ")
                .Append(d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        foreach (GeneratedSourceResult source in Sources.OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            builder.Append("// ==== ").Append(source.HintName).Append(" ====\n");
            builder.Append(source.SourceText.ToString().Replace(
                "\"SmtpCodes.Generator\", \"" + GeneratorHarness.GeneratorVersion + "\"",
                "\"SmtpCodes.Generator\", \"{version}\"",
                StringComparison.Ordinal));
        }

        return builder.ToString();
    }
}
