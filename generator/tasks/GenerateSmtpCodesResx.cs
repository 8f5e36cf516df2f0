using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using SmtpCodes.Generator.Csv;
using SmtpCodes.Generator.Names;

namespace SmtpCodes.Build.Tasks
{
    /// <summary>
    /// For each code table CSV, writes <c>{Enum}.resx</c> (English, the neutral language) and
    /// <c>{Enum}.{culture}.resx</c> for each other culture column into <c>{OutputRoot}/{Enum}/</c>, and removes .resx
    /// files of columns that are gone. Files are rewritten only when their content changes, so resource generation
    /// stays incremental.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The enum name is trimmed and checked with the generator's own <see cref="GeneratedNameRules"/>, and member names
    /// by the same parser, so a name the generator rejects is never written into a .resx file or used as a path; the
    /// task writes and deletes only inside <see cref="OutputRoot"/>. Problems in a CSV are not reported here: the
    /// source generator reports each one with file and line, and reporting them twice would only add noise. What only
    /// the build can see is reported here: one CSV given two enums (SMTPGEN032) and a culture column .NET does not
    /// know, for which MSBuild would build no satellite (SMTPGEN033).
    /// </para>
    /// <para>No exception escapes: anything unexpected is an error with the CSV's name, never a task crash (MSB4018).</para>
    /// </remarks>
    public sealed class GenerateSmtpCodesResx : Task
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>The code table CSVs, with <c>SmtpCodesEnum</c> and optional <c>SmtpCodesKind</c> metadata.</summary>
        [Required]
        public ITaskItem[] Tables { get; set; } = Array.Empty<ITaskItem>();

        /// <summary>The directory this task owns (under obj/): one folder per enum goes in it, and nothing else is touched.</summary>
        [Required]
        public string OutputRoot { get; set; } = string.Empty;

        /// <summary>A file to write the paths of <see cref="ResxFiles"/> into, one a line, for builds that skip this task.</summary>
        public string ResxListFile { get; set; } = string.Empty;

        /// <summary>The .resx files written or kept, one per culture column of each table.</summary>
        [Output]
        public ITaskItem[] ResxFiles { get; private set; } = Array.Empty<ITaskItem>();

        /// <inheritdoc />
        public override bool Execute()
        {
            string root = Path.GetFullPath(OutputRoot);
            var written = new List<ITaskItem>();
            var enumByFile = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (ITaskItem table in Tables)
            {
                string csv = table.GetMetadata("FullPath");
                string enumName = table.GetMetadata("SmtpCodesEnum").Trim();
                if (enumByFile.TryGetValue(csv, out string? first))
                {
                    if (!string.Equals(first, enumName, StringComparison.Ordinal))
                    {
                        Log.LogError(null, "SMTPGEN032", null, csv, 1, 1, 0, 0,
                            "The code table is listed twice, as '{0}' and as '{1}': the compiler sees a file once, so only one enum would be generated. Copy the CSV to generate a second enum.",
                            DiagnosticText.Quote(first), DiagnosticText.Quote(enumName));
                    }

                    continue;
                }

                enumByFile.Add(csv, enumName);

                // The generator reports an invalid name (SMTPGEN013); no file is written for it.
                if (!GeneratedNameRules.IsValidEnumName(enumName))
                {
                    continue;
                }

                try
                {
                    WriteTable(csv, enumName, table.GetMetadata("SmtpCodesKind"), root, written);
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException || ex is System.Xml.XmlException)
                {
                    Log.LogError(null, "SMTPGEN000", null, csv, 0, 0, 0, 0, "Cannot write the resources of the code table: {0}", ex.Message);
                }
            }

            ResxFiles = written.ToArray();
            if (!Log.HasLoggedErrors && ResxListFile.Length > 0)
            {
                try
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(ResxListFile))!);
                    File.WriteAllLines(ResxListFile, written.Select(item => item.ItemSpec), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    Log.LogError(null, "SMTPGEN000", null, ResxListFile, 0, 0, 0, 0, "Cannot write the list of resources: {0}", ex.Message);
                }
            }

            return !Log.HasLoggedErrors;
        }

        private void WriteTable(string csv, string enumName, string kindText, string root, List<ITaskItem> written)
        {
            string directory = Path.GetFullPath(Path.Combine(root, enumName));
            if (!IsInside(directory, root))
            {
                // Cannot happen for a name GeneratedNameRules accepts (identifiers and dots); kept as the last guard.
                Log.LogError(null, "SMTPGEN000", null, csv, 0, 0, 0, 0, "SmtpCodesEnum '{0}' would write outside {1}", DiagnosticText.Quote(enumName), root);
                return;
            }

            string text;
            try
            {
                text = ReadText(csv);
            }
            catch (DecoderFallbackException)
            {
                // Not UTF-8: the generator reports SMTPGEN031 and no resources are written from misread text.
                text = string.Empty;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                Log.LogError(null, "SMTPGEN000", null, csv, 0, 0, 0, 0, "Cannot read the code table: {0}", ex.Message);
                return;
            }

            Directory.CreateDirectory(directory);
            var keep = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            CodeTableKinds.TryRead(kindText, out CodeTableKind kind);
            if (text.Length > 0 && CodeTableKinds.Parse(text, kind).Table is { } table)
            {
                for (int c = 0; c < table.Cultures.Count; c++)
                {
                    string culture = table.Cultures[c];
                    if (c > 0 && !IsKnownCulture(culture))
                    {
                        Log.LogWarning(null, "SMTPGEN033", null, csv, 1, 1, 0, 0,
                            "Culture column '{0}' is not a culture .NET knows, so no satellite assembly is built for it and its texts would never be used; it is left out",
                            culture);
                        continue;
                    }

                    string fileName = c == 0 ? enumName + ".resx" : enumName + "." + culture + ".resx";
                    string path = Path.Combine(directory, fileName);
                    WriteIfChanged(path, ResxDocumentWriter.Write(table, c));
                    keep.Add(fileName);
                    written.Add(new TaskItem(path));
                }
            }

            foreach (string stale in Directory.GetFiles(directory, "*.resx"))
            {
                if (!keep.Contains(Path.GetFileName(stale)))
                {
                    File.Delete(stale);
                }
            }
        }

        /// <summary>Reads the CSV as UTF-8, or as UTF-16/32 when it starts with that byte order mark; throws on invalid UTF-8.</summary>
        private static string ReadText(string path)
        {
            using (var reader = new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: true))
            {
                return reader.ReadToEnd();
            }
        }

        private static bool IsInside(string path, string root)
        {
            string prefix = root.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? root : root + Path.DirectorySeparatorChar;
            return path.StartsWith(prefix, StringComparison.Ordinal);
        }

        /// <summary>
        /// Whether MSBuild's AssignCulture will treat the column as a culture and build a satellite for it: like MSBuild,
        /// a name among the cultures this .NET knows.
        /// </summary>
        private static bool IsKnownCulture(string name)
        {
            // Globalization-invariant mode knows no cultures, and then MSBuild does not check them either.
            if (KnownCultures.Value.Length <= 1)
            {
                return true;
            }

            foreach (CultureInfo culture in KnownCultures.Value)
            {
                if (string.Equals(culture.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly Lazy<CultureInfo[]> KnownCultures = new Lazy<CultureInfo[]>(() => CultureInfo.GetCultures(CultureTypes.AllCultures));

        private static void WriteIfChanged(string path, string content)
        {
            if (File.Exists(path) && string.Equals(File.ReadAllText(path, Encoding.UTF8), content, StringComparison.Ordinal))
            {
                return;
            }

            File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
    }
}
