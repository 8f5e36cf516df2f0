using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SmtpCodes.Generator.Csv;
using SmtpCodes.Generator.Emit;
using SmtpCodes.Generator.Model;
using SmtpCodes.Generator.Names;

namespace SmtpCodes.Generator
{
    /// <summary>
    /// Turns every additional file that carries <c>SmtpCodesEnum</c> metadata (a CSV of reply codes) into an enum,
    /// its extension methods, a static info type and an <c>IStringLocalizer</c>. Problems in the CSV become
    /// diagnostics at the CSV's file and line; nothing in the CSV can make the generator throw.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class SmtpCodesGenerator : IIncrementalGenerator
    {
        /// <summary>The item metadata on <c>AdditionalFiles</c> that names the enum to generate.</summary>
        public const string EnumMetadataName = "SmtpCodesEnum";

        /// <summary>The item metadata on <c>AdditionalFiles</c> that names the table kind: <c>reply</c> (default), <c>enhanced</c>, <c>reason</c>, <c>vendor</c>, <c>rules</c> or <c>text</c>.</summary>
        public const string KindMetadataName = "SmtpCodesKind";

        private const string EnumMetadataKey = "build_metadata.AdditionalFiles." + EnumMetadataName;

        private const string KindMetadataKey = "build_metadata.AdditionalFiles." + KindMetadataName;

        private const string VendorMetadataKey = "build_metadata.AdditionalFiles.SmtpCodesVendor";

        private const string VendorMarkersMetadataKey = "build_metadata.AdditionalFiles.SmtpCodesVendorMarkers";

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<CodeTableModel> tables = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, cancellationToken) => ReadInput(pair.Left, pair.Right, cancellationToken))
                .Where(static input => input.EnumName is not null)
                .WithTrackingName(TrackingNames.CodeFiles)
                .Select(static (input, _) => CodeTableModelBuilder.Build(input))
                .WithTrackingName(TrackingNames.CodeTables);

            // Nullable annotations only where the language has them: a netstandard2.0 project defaults to C# 7.3.
            IncrementalValueProvider<bool> nullable = context.ParseOptionsProvider
                .Select(static (options, _) => options is CSharpParseOptions csharp && csharp.LanguageVersion >= LanguageVersion.CSharp8)
                .WithTrackingName(TrackingNames.Nullable);

            context.RegisterSourceOutput(
                tables.Collect().WithTrackingName(TrackingNames.AllCodeTables).Combine(nullable),
                static (spc, pair) => Emit(spc, pair.Left, pair.Right));
        }

        private static CodeFileInput ReadInput(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
        {
            AnalyzerConfigOptions fileOptions = options.GetOptions(file);
            if (!fileOptions.TryGetValue(EnumMetadataKey, out string? enumName) || string.IsNullOrWhiteSpace(enumName))
            {
                return new CodeFileInput(file.Path, null, string.Empty, string.Empty);
            }

            fileOptions.TryGetValue(KindMetadataKey, out string? kind);
            SourceText? source = file.GetText(cancellationToken);
            string text = source?.ToString() ?? string.Empty;
            fileOptions.TryGetValue(VendorMetadataKey, out string? vendor);
            fileOptions.TryGetValue(VendorMarkersMetadataKey, out string? markers);
            return new CodeFileInput(file.Path, enumName.Trim(), kind ?? string.Empty, text, EncodingProblem(source?.Encoding))
            {
                Vendor = vendor ?? string.Empty,
                VendorMarkers = markers ?? string.Empty,
            };
        }

        /// <summary>
        /// The compiler reads a file that is not valid UTF-8 with another encoding (or with U+FFFD for each bad byte, which
        /// the parser reports); either way its non-ASCII text would be wrong.
        /// </summary>
        private static string? EncodingProblem(System.Text.Encoding? encoding)
        {
            if (encoding is null)
            {
                return null;
            }

            switch (encoding.CodePage)
            {
                case 65001: // UTF-8
                case 1200: // UTF-16 LE
                case 1201: // UTF-16 BE
                case 12000: // UTF-32 LE
                case 12001: // UTF-32 BE
                    return null;
                default:
                    return "the compiler could only read it as " + encoding.WebName;
            }
        }

        private static void Emit(SourceProductionContext context, ImmutableArray<CodeTableModel> models, bool nullable)
        {
            var emitted = new Dictionary<string, string>(StringComparer.Ordinal);
            var vendorInfoTypes = new List<string>();

            // Every generated type and namespace so far, ignoring case: hint names are compared ignoring case, so
            // X.Acme's X.AcmeInfo and an enum X.AcmeInfo (or Acme.Reply and Acme.REPLY) would stop the whole generator
            // with CS8785, and a type named like another enum's namespace does not compile.
            var claimed = new Dictionary<string, (string Enum, string Path)>(StringComparer.OrdinalIgnoreCase);
            foreach (CodeTableModel model in models)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                foreach (CodeTableProblem problem in model.Parse.Problems)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        CodeTableDiagnostics.For(problem.Kind), LocationOf(model.Path, problem), ToArgs(problem)));
                }

                if (!model.EnumNameIsValid)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        CodeTableDiagnostics.InvalidEnumName, FileStart(model.Path), model.EnumFullName, model.InvalidEnumNameReason));
                    continue;
                }

                if (model.InvalidKind is not null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        CodeTableDiagnostics.InvalidKind, FileStart(model.Path), model.InvalidKind));
                    continue;
                }

                if (emitted.TryGetValue(model.EnumFullName, out string? firstPath))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        CodeTableDiagnostics.DuplicateEnum, FileStart(model.Path), model.EnumFullName, firstPath));
                    continue;
                }

                if (FindCollision(claimed, model.EnumFullName) is { } collision)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        CodeTableDiagnostics.NameCollision, FileStart(model.Path),
                        model.EnumFullName, collision.Name, collision.Owner.Enum, collision.Owner.Path));
                    continue;
                }

                emitted.Add(model.EnumFullName, model.Path);
                foreach (string name in GeneratedNameRules.GeneratedTypesOf(model.EnumFullName))
                {
                    claimed[name] = (model.EnumFullName, model.Path);
                }

                foreach (string ns in GeneratedNameRules.NamespacesOf(model.EnumFullName))
                {
                    if (!claimed.ContainsKey(ns))
                    {
                        claimed[ns] = (model.EnumFullName, model.Path);
                    }
                }

                if (model.Parse.Table is { } table)
                {
                    var names = new GeneratedNames(model.Namespace, model.EnumName, model.FileName, model.Kind);
                    if (model.Kind == CodeTableKind.Rules)
                    {
                        context.AddSource(names.HintName(string.Empty), RulesEmitter.Emit(names, table, nullable));
                        continue;
                    }

                    if (model.Kind == CodeTableKind.Reason || model.Kind == CodeTableKind.Vendor || model.Kind == CodeTableKind.Text)
                    {
                        context.AddSource(names.HintName(string.Empty), PositionalTableEmitter.EmitEnum(names, table, nullable));
                        context.AddSource(names.HintName("Extensions"), PositionalTableEmitter.EmitExtensions(names, table, nullable));
                        context.AddSource(names.HintName("Info"), PositionalTableEmitter.EmitInfo(names, table, model.Vendor, model.VendorMarkers, nullable));

                        // A text table is a program's own labels: no IStringLocalizer, so it needs no
                        // Microsoft.Extensions.Localization beyond the SmtpCodes runtime it stands on.
                        if (model.Kind != CodeTableKind.Text)
                        {
                            context.AddSource(names.HintName("Localizer"), LocalizerEmitter.Emit(names, nullable));
                        }

                        if (model.Kind == CodeTableKind.Vendor)
                        {
                            vendorInfoTypes.Add(names.InfoType);
                        }

                        continue;
                    }

                    context.AddSource(names.HintName(string.Empty), EnumEmitter.Emit(names, table, nullable));
                    context.AddSource(names.HintName("Extensions"), ExtensionsEmitter.Emit(names, table, nullable));
                    context.AddSource(names.HintName("Info"), InfoEmitter.Emit(names, table, nullable));
                    context.AddSource(names.HintName("Localizer"), LocalizerEmitter.Emit(names, nullable));
                }
            }

            if (vendorInfoTypes.Count > 0)
            {
                context.AddSource("SmtpCodesVendorTables.g.cs", PositionalTableEmitter.EmitVendorList(vendorInfoTypes, nullable));
            }
        }

        /// <summary>
        /// The first name this enum would generate (a type, or a namespace it declares) that an earlier enum already
        /// generated as a type, or a type of this enum that is an earlier enum's namespace.
        /// </summary>
        private static (string Name, (string Enum, string Path) Owner)? FindCollision(
            Dictionary<string, (string Enum, string Path)> claimed, string fullName)
        {
            foreach (string name in GeneratedNameRules.GeneratedTypesOf(fullName))
            {
                if (claimed.TryGetValue(name, out var owner))
                {
                    return (name, owner);
                }
            }

            foreach (string ns in GeneratedNameRules.NamespacesOf(fullName))
            {
                // A shared namespace is fine; a namespace that is another enum's generated type is not.
                if (claimed.TryGetValue(ns, out var owner) && IsGeneratedType(ns, owner.Enum))
                {
                    return (ns, owner);
                }
            }

            return null;
        }

        private static bool IsGeneratedType(string name, string enumFullName)
        {
            foreach (string type in GeneratedNameRules.GeneratedTypesOf(enumFullName))
            {
                if (string.Equals(type, name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private static object[] ToArgs(CodeTableProblem problem)
        {
            var args = new object[problem.Arguments.Count];
            for (int i = 0; i < args.Length; i++)
            {
                args[i] = problem.Arguments[i];
            }

            return args;
        }

        private static Location LocationOf(string path, CodeTableProblem problem)
        {
            var start = new LinePosition(problem.Line, problem.Column);
            var end = new LinePosition(problem.Line, problem.Column + problem.Length);
            return Location.Create(path, new TextSpan(problem.Offset, problem.Length), new LinePositionSpan(start, end));
        }

        private static Location FileStart(string path) =>
            Location.Create(path, default, new LinePositionSpan(default, default));

        /// <summary>The names given to the pipeline steps, so tests can check what is cached.</summary>
        internal static class TrackingNames
        {
            public const string CodeFiles = nameof(CodeFiles);
            public const string CodeTables = nameof(CodeTables);
            public const string AllCodeTables = nameof(AllCodeTables);
            public const string Nullable = nameof(Nullable);
        }
    }
}
