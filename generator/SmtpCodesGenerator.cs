using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SmtpCodes.Generator.Csv;
using SmtpCodes.Generator.Emit;
using SmtpCodes.Generator.Model;

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

        /// <summary>The item metadata on <c>AdditionalFiles</c> that names the table kind: <c>reply</c> (default) or <c>enhanced</c>.</summary>
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

            context.RegisterSourceOutput(
                tables.Collect().WithTrackingName(TrackingNames.AllCodeTables),
                static (spc, models) => Emit(spc, models));
        }

        private static CodeFileInput ReadInput(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
        {
            AnalyzerConfigOptions fileOptions = options.GetOptions(file);
            if (!fileOptions.TryGetValue(EnumMetadataKey, out string? enumName) || string.IsNullOrWhiteSpace(enumName))
            {
                return new CodeFileInput(file.Path, null, string.Empty, string.Empty);
            }

            fileOptions.TryGetValue(KindMetadataKey, out string? kind);
            string text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
            fileOptions.TryGetValue(VendorMetadataKey, out string? vendor);
            fileOptions.TryGetValue(VendorMarkersMetadataKey, out string? markers);
            return new CodeFileInput(file.Path, enumName.Trim(), kind ?? string.Empty, text)
            {
                Vendor = vendor ?? string.Empty,
                VendorMarkers = markers ?? string.Empty,
            };
        }

        private static void Emit(SourceProductionContext context, ImmutableArray<CodeTableModel> models)
        {
            var emitted = new Dictionary<string, string>(StringComparer.Ordinal);
            var vendorInfoTypes = new List<string>();
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
                        CodeTableDiagnostics.InvalidEnumName, FileStart(model.Path), model.EnumFullName));
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

                emitted.Add(model.EnumFullName, model.Path);
                if (model.Parse.Table is { } table)
                {
                    var names = new GeneratedNames(model.Namespace, model.EnumName, model.FileName, model.Kind);
                    if (model.Kind == CodeTableKind.Rules)
                    {
                        context.AddSource(names.HintName(string.Empty), RulesEmitter.Emit(names, table));
                        continue;
                    }

                    if (model.Kind == CodeTableKind.Reason || model.Kind == CodeTableKind.Vendor)
                    {
                        context.AddSource(names.HintName(string.Empty), DiagnosisTableEmitter.EmitEnum(names, table));
                        context.AddSource(names.HintName("Extensions"), DiagnosisTableEmitter.EmitExtensions(names, table));
                        context.AddSource(names.HintName("Info"), DiagnosisTableEmitter.EmitInfo(names, table, model.Vendor, model.VendorMarkers));
                        context.AddSource(names.HintName("Localizer"), LocalizerEmitter.Emit(names));
                        if (model.Kind == CodeTableKind.Vendor)
                        {
                            vendorInfoTypes.Add(names.InfoType);
                        }

                        continue;
                    }

                    context.AddSource(names.HintName(string.Empty), EnumEmitter.Emit(names, table));
                    context.AddSource(names.HintName("Extensions"), ExtensionsEmitter.Emit(names, table));
                    context.AddSource(names.HintName("Info"), InfoEmitter.Emit(names, table));
                    context.AddSource(names.HintName("Localizer"), LocalizerEmitter.Emit(names));
                }
            }

            if (vendorInfoTypes.Count > 0)
            {
                context.AddSource("SmtpCodesVendorTables.g.cs", DiagnosisTableEmitter.EmitVendorList(vendorInfoTypes));
            }
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
        }
    }
}
