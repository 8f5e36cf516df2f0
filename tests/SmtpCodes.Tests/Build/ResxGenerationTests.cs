extern alias tasks;

using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Microsoft.Build.Framework;
using tasks::SmtpCodes.Build.Tasks;
using tasks::SmtpCodes.Generator.Csv;
using Xunit;

namespace SmtpCodes.Tests.Build;

/// <summary>The MSBuild step that turns the CSV's culture columns into .resx files.</summary>
public sealed class ResxGenerationTests : IDisposable
{
    private const string HostileCsv =
        "code,name,source,en,tr,de\n"
        + "421,Quotes,5321,\"He said \"\"no\"\" \\\\ back\",\"Tırnak \"\"işareti\"\"\",\n"
        + "451,Markup,5321,<b>bold</b> & ]]> &amp;,\"<see cref=\"\"x\"\"/> İıŞş\",Grüße\n"
        + "452,Lines,5321,\"one\r\ntwo\nthree\",\"satır\u2028ayırıcı\",\"  leading and trailing  \"\n";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "smtpcodes-resx-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void Every_text_survives_the_resx_exactly()
    {
        CodeTable table = CodeTableParser.Parse(HostileCsv, static _ => true).Table!.Value;

        Dictionary<string, string> en = ReadResx(ResxDocumentWriter.Write(table, 0));
        Dictionary<string, string> tr = ReadResx(ResxDocumentWriter.Write(table, 1));
        Dictionary<string, string> de = ReadResx(ResxDocumentWriter.Write(table, 2));

        Assert.Equal("He said \"no\" \\\\ back", en["Quotes"]);
        Assert.Equal("<b>bold</b> & ]]> &amp;", en["Markup"]);
        Assert.Equal("one\r\ntwo\nthree", en["Lines"]);
        Assert.Equal("Tırnak \"işareti\"", tr["Quotes"]);
        Assert.Equal("<see cref=\"x\"/> İıŞş", tr["Markup"]);
        Assert.Equal("satır\u2028ayırıcı", tr["Lines"]);
        Assert.Equal("  leading and trailing  ", de["Lines"]);
        Assert.False(de.ContainsKey("Quotes"), "an empty translation is left out so ResourceManager falls back to English");
    }

    [Fact]
    public void The_task_writes_one_resx_per_culture_and_removes_stale_ones()
    {
        string csv = WriteCsv(HostileCsv);
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, "Acme.AcmeReply.fr.resx"), "<root/>");

        GenerateSmtpCodesResx task = Run(csv);

        Assert.True(task.Execute());
        Assert.Equal(
            new[] { "Acme.AcmeReply.de.resx", "Acme.AcmeReply.resx", "Acme.AcmeReply.tr.resx" },
            Directory.GetFiles(_directory, "*.resx").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(3, task.ResxFiles.Length);
    }

    [Fact]
    public void The_task_leaves_unchanged_files_alone_so_resource_generation_stays_incremental()
    {
        string csv = WriteCsv(HostileCsv);
        Assert.True(Run(csv).Execute());
        string tr = Path.Combine(_directory, "Acme.AcmeReply.tr.resx");
        var old = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(tr, old);

        Assert.True(Run(csv).Execute());
        Assert.Equal(old, File.GetLastWriteTimeUtc(tr));

        File.WriteAllText(csv, HostileCsv.Replace("İıŞş", "değişti", StringComparison.Ordinal));
        Assert.True(Run(csv).Execute());
        Assert.NotEqual(old, File.GetLastWriteTimeUtc(tr));
        Assert.Contains("değişti", File.ReadAllText(tr), StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_with_an_unusable_header_produces_no_resx_and_leaves_reporting_to_the_generator()
    {
        GenerateSmtpCodesResx task = Run(WriteCsv("not,a,header\n"));

        Assert.True(task.Execute());
        Assert.Empty(task.ResxFiles);
        Assert.Empty(Directory.GetFiles(_directory, "*.resx"));
    }

    [Fact]
    public void An_unreadable_csv_is_an_error_with_the_file_name()
    {
        var engine = new RecordingBuildEngine();
        GenerateSmtpCodesResx task = Run(Path.Combine(_directory, "missing.csv"), engine);

        Assert.False(task.Execute());
        BuildErrorEventArgs error = Assert.Single(engine.Errors);
        Assert.EndsWith("missing.csv", error.File, StringComparison.Ordinal);
    }

    private GenerateSmtpCodesResx Run(string csv, IBuildEngine? engine = null) => new()
    {
        BuildEngine = engine ?? new RecordingBuildEngine(),
        CsvFile = csv,
        EnumName = "Acme.AcmeReply",
        OutputDirectory = _directory,
    };

    private string WriteCsv(string text)
    {
        Directory.CreateDirectory(_directory);
        string path = Path.Combine(_directory, "acme.csv");
        File.WriteAllText(path, text);
        return path;
    }

    private static Dictionary<string, string> ReadResx(string xml) =>
        XDocument.Parse(xml, LoadOptions.PreserveWhitespace).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => d.Element("value")!.Value);

    private sealed class RecordingBuildEngine : IBuildEngine
    {
        public List<BuildErrorEventArgs> Errors { get; } = new();

        public bool ContinueOnError => false;

        public int LineNumberOfTaskNode => 0;

        public int ColumnNumberOfTaskNode => 0;

        public string ProjectFileOfTaskNode => "test.proj";

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => false;

        public void LogCustomEvent(CustomBuildEventArgs e)
        {
        }

        public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);

        public void LogMessageEvent(BuildMessageEventArgs e)
        {
        }

        public void LogWarningEvent(BuildWarningEventArgs e)
        {
        }
    }
}
