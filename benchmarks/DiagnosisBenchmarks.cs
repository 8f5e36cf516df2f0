using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;

namespace SmtpCodes.Benchmarks;

/// <summary>
/// <see cref="SmtpDiagnosis.Analyze(string)"/> over every diagnostic text of the development corpus, against a classifier
/// written as a user would write one: a compiled, case-insensitive <see cref="Regex"/> per reason, tried in turn, and a
/// <see cref="Regex"/> that finds the codes. The baseline has one <see cref="Regex"/> for each run of a reason's phrase
/// rules in <c>diagnosis-rules.csv</c>, in the rules' order, so that its answers can be checked against ours; the literal
/// reading, exactly one per reason, is timed beside it. The corpus is read from
/// <c>../shared/corpus/bounces/diagnostics.jsonl</c> (or <c>SMTPCODES_DIAGNOSTICS</c>).
/// </summary>
[MemoryDiagnoser]
public class DiagnosisBenchmarks
{
    private static readonly Regex Codes = new(@"(?<![\w.])([1-5][0-5]\d)(?:[ -]+'?([245]\.\d{1,3}\.\d{1,3}))?(?![\w.])", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // A multi-line reply flattened onto one line repeats its codes mid-sentence; a phrase must match across them.
    private static readonly Regex Continuation = new(@"(?<=\s)[2-5][0-5]\d[ -][245]\.\d{1,3}\.\d{1,3} ", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private string[] _texts = Array.Empty<string>();
    private (Regex Regex, BounceReason Reason)[] _reasons = Array.Empty<(Regex, BounceReason)>();
    private (Regex Regex, BounceReason Reason)[] _onePerReason = Array.Empty<(Regex, BounceReason)>();

    [GlobalSetup]
    public void Setup()
    {
        string root = FindRoot();
        string corpus = Environment.GetEnvironmentVariable("SMTPCODES_DIAGNOSTICS")
            ?? Path.Combine(root, "..", "shared", "corpus", "bounces", "diagnostics.jsonl");
        _texts = File.ReadLines(corpus)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("diagnostic").GetString() ?? string.Empty)
            .Where(text => text.Length > 0)
            .ToArray();

        // One Regex per run of phrase rules of the same reason, in file order, so both sides try reasons in the same order.
        var reasons = new List<(Regex, BounceReason)>();
        foreach (var run in ReadPhraseRules(Path.Combine(root, "diagnosis-rules.csv")))
        {
            string pattern = string.Join("|", run.Phrases.Select(ToPattern));
            reasons.Add((new Regex(pattern, RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), run.Reason));
        }

        _reasons = reasons.ToArray();

        // The literal reading of "a Regex per reason": one alternation of all a reason's phrases, the reasons in the order
        // they first appear. Its answers differ from the rules' order on some texts, so it is timed, not compared.
        _onePerReason = ReadPhraseRules(Path.Combine(root, "diagnosis-rules.csv"))
            .GroupBy(run => run.Reason)
            .Select(group => (new Regex(string.Join("|", group.SelectMany(run => run.Phrases).Select(ToPattern)), RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), group.Key))
            .ToArray();

        // Both sides must find the same codes; on the texts that a phrase decides, the same reason.
        int compared = 0;
        foreach (string text in _texts)
        {
            SmtpDiagnosis ours = SmtpDiagnosis.Analyze(text);
            Match match = LastCode(text);
            if (match.Success && ours.Code == int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) && ours.MatchedBy.StartsWith("phrase", StringComparison.Ordinal) && !ours.MatchedBy.Contains('+', StringComparison.Ordinal))
            {
                Check.Equal(ours.Reason, ClassifyWithRegex(text), "the reason of \"" + text + "\"");
                compared++;
            }
        }

        Check.That(compared > 100, "fewer than 100 texts to compare on");
    }

    [Benchmark(Baseline = true, Description = "a compiled Regex per reason, in turn")]
    public int RegexPerReason()
    {
        int sum = 0;
        foreach (string text in _texts)
        {
            Match code = LastCode(text);
            sum += (int)ClassifyWithRegex(text) + (code.Success ? code.Length : 0);
        }

        return sum;
    }

    [Benchmark(Description = "a compiled Regex per reason, one for each of the 32")]
    public int RegexOnePerReason()
    {
        int sum = 0;
        foreach (string text in _texts)
        {
            Match code = LastCode(text);
            sum += (int)ClassifyWithRegex(text, _onePerReason) + (code.Success ? code.Length : 0);
        }

        return sum;
    }

    [Benchmark(Description = "SmtpDiagnosis.Analyze")]
    public int Analyze()
    {
        int sum = 0;
        foreach (string text in _texts)
        {
            SmtpDiagnosis diagnosis = SmtpDiagnosis.Analyze(text);
            sum += (int)diagnosis.Reason + diagnosis.Code;
        }

        return sum;
    }

    /// <summary>A phrase as a Regex: white space runs as one, and a phrase that ends with \b must end a word, the same \b.</summary>
    private static string ToPattern(string phrase)
    {
        bool wholeWord = phrase.EndsWith(@"\b", StringComparison.Ordinal);
        string words = wholeWord ? phrase.Substring(0, phrase.Length - 2) : phrase;
        return Regex.Escape(words).Replace(@"\ ", @"\s+", StringComparison.Ordinal) + (wholeWord ? @"\b" : string.Empty);
    }

    private BounceReason ClassifyWithRegex(string text) => ClassifyWithRegex(text, _reasons);

    private static BounceReason ClassifyWithRegex(string text, (Regex Regex, BounceReason Reason)[] reasons)
    {
        text = Continuation.Replace(text, string.Empty);
        foreach ((Regex regex, BounceReason reason) in reasons)
        {
            if (regex.IsMatch(text))
            {
                return reason;
            }
        }

        return BounceReason.Undefined;
    }

    private static Match LastCode(string text)
    {
        Match last = Match.Empty;
        for (Match m = Codes.Match(text); m.Success; m = m.NextMatch())
        {
            last = m;
        }

        return last;
    }

    private static IEnumerable<(BounceReason Reason, List<string> Phrases)> ReadPhraseRules(string path)
    {
        (BounceReason Reason, List<string> Phrases)? run = null;
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(path) { HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        parser.ReadFields();
        while (parser.ReadFields() is { } f)
        {
            if (f.Length != 6 || f[3].Length == 0 || f[1].Length > 0 || f[2].Length > 0 || f[4].Length > 0 || f[5].Length > 0 || !BounceReasonInfo.TryParse(f[0], out BounceReason reason))
            {
                continue;
            }

            if (run is { } current && current.Reason == reason)
            {
                current.Phrases.Add(f[3]);
                continue;
            }

            if (run is { } done)
            {
                yield return done;
            }

            run = (reason, new List<string> { f[3] });
        }

        if (run is { } last)
        {
            yield return last;
        }
    }

    private static string FindRoot()
    {
        string? directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "diagnosis-rules.csv")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("diagnosis-rules.csv not found above " + AppContext.BaseDirectory);
    }
}
