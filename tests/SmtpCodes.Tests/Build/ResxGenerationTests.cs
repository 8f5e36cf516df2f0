extern alias tasks;

using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
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
        CodeTable table = CodeTableParser.Parse(HostileCsv).Table!.Value;

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

    private string Root => Path.Combine(_directory, "obj", "SmtpCodes");

    private string Output => Path.Combine(Root, "Acme.AcmeReply");

    [Fact]
    public void The_task_writes_one_resx_per_culture_and_removes_stale_ones()
    {
        string csv = WriteCsv(HostileCsv);
        Directory.CreateDirectory(Output);
        File.WriteAllText(Path.Combine(Output, "Acme.AcmeReply.fr.resx"), "<root/>");

        GenerateSmtpCodesResx task = Run(csv);

        Assert.True(task.Execute());
        Assert.Equal(
            new[] { "Acme.AcmeReply.de.resx", "Acme.AcmeReply.resx", "Acme.AcmeReply.tr.resx" },
            ResxNames());
        Assert.Equal(3, task.ResxFiles.Length);
        Assert.Equal(task.ResxFiles.Select(f => f.ItemSpec), File.ReadAllLines(Path.Combine(Root, "resx.txt")));
    }

    [Fact]
    public void A_text_table_gets_one_resx_per_culture_keyed_by_name_without_its_empty_translations()
    {
        string csv = WriteCsv("name,en,tr\nReason,Reason:,Neden:\nUnknown,(unknown),\n");
        TaskItem item = Table(csv, "Acme.AcmeReply");
        item.SetMetadata("SmtpCodesKind", "text");
        GenerateSmtpCodesResx task = Run(csv);
        task.Tables = new ITaskItem[] { item };

        Assert.True(task.Execute());
        Assert.Equal(new[] { "Acme.AcmeReply.resx", "Acme.AcmeReply.tr.resx" }, ResxNames());
        Dictionary<string, string> en = ReadResx(File.ReadAllText(Path.Combine(Output, "Acme.AcmeReply.resx")));
        Dictionary<string, string> tr = ReadResx(File.ReadAllText(Path.Combine(Output, "Acme.AcmeReply.tr.resx")));
        Assert.Equal(new Dictionary<string, string> { ["Reason"] = "Reason:", ["Unknown"] = "(unknown)" }, en);
        Assert.Equal(new Dictionary<string, string> { ["Reason"] = "Neden:" }, tr);
    }

    [Theory]
    [InlineData("\u0000")]
    [InlineData("\u0001")]
    [InlineData("\uFFFE")]
    [InlineData("\u00AD")]
    public void A_name_the_generator_rejects_is_left_out_of_the_resx_instead_of_crashing_the_task(string bad)
    {
        var engine = new RecordingBuildEngine();
        string csv = WriteCsv("code,name,source,en,tr\n250,Ok,5321,Okay,Tamam\n550,Bad" + bad + "Name,5321,Bad,Kötü\n");

        Assert.True(Run(csv, engine).Execute());

        Assert.Empty(engine.Errors);
        Assert.Equal(new[] { "Ok" }, ReadResx(File.ReadAllText(Path.Combine(Output, "Acme.AcmeReply.resx"))).Keys);
    }

    [Theory]
    [InlineData("../../../../victim")]
    [InlineData("..")]
    [InlineData("/tmp/victim")]
    [InlineData("Acme/../../victim")]
    [InlineData("Acme.var")]
    public void An_enum_name_that_is_not_a_type_name_writes_and_deletes_nothing(string enumName)
    {
        string csv = WriteCsv(HostileCsv);
        string bystander = Path.Combine(_directory, "Project.resx");
        File.WriteAllText(bystander, "<root/>");
        string[] before = Directory.GetFiles(_directory, "*", SearchOption.AllDirectories);

        Assert.True(Run(csv, enumName: enumName).Execute());

        Assert.True(File.Exists(bystander));
        Assert.Equal(before.Append(Path.Combine(Root, "resx.txt")).Order(StringComparer.Ordinal), Directory.GetFiles(_directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Spaces_around_the_enum_name_are_trimmed_as_the_generator_trims_them()
    {
        Assert.True(Run(WriteCsv(HostileCsv), enumName: "  Acme.AcmeReply \t").Execute());

        Assert.Equal(new[] { "Acme.AcmeReply.de.resx", "Acme.AcmeReply.resx", "Acme.AcmeReply.tr.resx" }, ResxNames());
    }

    [Fact]
    public void Culture_columns_get_the_casing_dotnet_gives_them()
    {
        Assert.True(Run(WriteCsv("code,name,source,en,TR,PT-br\n250,Ok,5321,Okay,Tamam,Certo\n")).Execute());

        Assert.Equal(new[] { "Acme.AcmeReply.pt-BR.resx", "Acme.AcmeReply.resx", "Acme.AcmeReply.tr.resx" }, ResxNames());
    }

    [Fact]
    public void A_culture_column_dotnet_does_not_know_is_a_warning_and_gets_no_resx()
    {
        var engine = new RecordingBuildEngine();

        Assert.True(Run(WriteCsv("code,name,source,en,zz,tr\n250,Ok,5321,Okay,Zz,Tamam\n"), engine).Execute());

        BuildWarningEventArgs warning = Assert.Single(engine.Warnings);
        Assert.Equal("SMTPGEN033", warning.Code);
        Assert.Contains("'zz'", warning.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "Acme.AcmeReply.resx", "Acme.AcmeReply.tr.resx" }, ResxNames());
    }

    [Fact]
    public void A_csv_that_is_not_utf8_gets_no_resx_and_leaves_the_error_to_the_generator()
    {
        string csv = WriteCsv(string.Empty);
        File.WriteAllBytes(csv, System.Text.Encoding.Latin1.GetBytes("code,name,source,en,tr\n250,Ok,5321,Okay,G\u00fczel\n"));
        var engine = new RecordingBuildEngine();

        Assert.True(Run(csv, engine).Execute());

        Assert.Empty(engine.Errors);
        Assert.Empty(ResxNames());
    }

    [Fact]
    public void One_csv_given_two_enums_is_an_error()
    {
        string csv = WriteCsv(HostileCsv);
        var engine = new RecordingBuildEngine();
        var task = new GenerateSmtpCodesResx
        {
            BuildEngine = engine,
            Tables = new ITaskItem[] { Table(csv, "Acme.AcmeReply"), Table(csv, "Acme.OtherReply") },
            OutputRoot = Root,
        };

        Assert.False(task.Execute());

        BuildErrorEventArgs error = Assert.Single(engine.Errors);
        Assert.Equal("SMTPGEN032", error.Code);
        Assert.Equal(csv, error.File);
    }

    [Fact]
    public void The_task_leaves_unchanged_files_alone_so_resource_generation_stays_incremental()
    {
        string csv = WriteCsv(HostileCsv);
        Assert.True(Run(csv).Execute());
        string tr = Path.Combine(Output, "Acme.AcmeReply.tr.resx");
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
        Assert.Empty(ResxNames());
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

    private GenerateSmtpCodesResx Run(string csv, IBuildEngine? engine = null, string enumName = "Acme.AcmeReply") => new()
    {
        BuildEngine = engine ?? new RecordingBuildEngine(),
        Tables = new ITaskItem[] { Table(csv, enumName) },
        OutputRoot = Root,
        ResxListFile = Path.Combine(Root, "resx.txt"),
    };

    private static TaskItem Table(string csv, string enumName)
    {
        var item = new TaskItem(csv);
        item.SetMetadata("SmtpCodesEnum", enumName);
        return item;
    }

    private string[] ResxNames() =>
        Directory.Exists(Output)
            ? Directory.GetFiles(Output, "*.resx").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray()
            : Array.Empty<string>();

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

        public List<BuildWarningEventArgs> Warnings { get; } = new();

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

        public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);
    }
}
