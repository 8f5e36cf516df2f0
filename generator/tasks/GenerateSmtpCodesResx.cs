using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using SmtpCodes.Generator.Csv;

namespace SmtpCodes.Build.Tasks
{
    /// <summary>
    /// Writes <c>{Enum}.resx</c> (English, the neutral language) and <c>{Enum}.{culture}.resx</c> for each other
    /// culture column of a code table CSV into <see cref="OutputDirectory"/>, and removes .resx files of columns
    /// that are gone. Files are rewritten only when their content changes, so resource generation stays incremental.
    /// </summary>
    /// <remarks>
    /// Problems in the CSV are not reported here: the source generator reports each one with file and line, and
    /// reporting them twice would only add noise. A CSV whose header is unusable produces no .resx files.
    /// </remarks>
    public sealed class GenerateSmtpCodesResx : Task
    {
        /// <summary>The code table CSV.</summary>
        [Required]
        public string CsvFile { get; set; } = string.Empty;

        /// <summary>The full name of the enum generated from the CSV; it is also the resources' base name.</summary>
        [Required]
        public string EnumName { get; set; } = string.Empty;

        /// <summary>The table kind from the <c>SmtpCodesKind</c> metadata: empty or <c>reply</c>, <c>enhanced</c>, <c>reason</c>, <c>vendor</c> or <c>rules</c> (which has no texts).</summary>
        public string Kind { get; set; } = string.Empty;

        /// <summary>The directory for this CSV's .resx files; nothing else should be kept there.</summary>
        [Required]
        public string OutputDirectory { get; set; } = string.Empty;

        /// <summary>The .resx files written or kept, one per culture column.</summary>
        [Output]
        public ITaskItem[] ResxFiles { get; private set; } = Array.Empty<ITaskItem>();

        /// <inheritdoc />
        public override bool Execute()
        {
            string text;
            try
            {
                text = File.ReadAllText(CsvFile, Encoding.UTF8);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                Log.LogError(null, "SMTPGEN000", null, CsvFile, 0, 0, 0, 0, "Cannot read the code table: {0}", ex.Message);
                return false;
            }

            Directory.CreateDirectory(OutputDirectory);
            var written = new List<ITaskItem>();
            var keep = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            CodeTableKinds.TryRead(Kind, out CodeTableKind kind);
            if (CodeTableKinds.Parse(text, kind, static _ => true).Table is { } table)
            {
                for (int c = 0; c < table.Cultures.Count; c++)
                {
                    string fileName = c == 0 ? EnumName + ".resx" : EnumName + "." + table.Cultures[c] + ".resx";
                    string path = Path.Combine(OutputDirectory, fileName);
                    WriteIfChanged(path, ResxDocumentWriter.Write(table, c));
                    keep.Add(fileName);
                    written.Add(new TaskItem(path));
                }
            }

            foreach (string stale in Directory.GetFiles(OutputDirectory, "*.resx"))
            {
                if (!keep.Contains(Path.GetFileName(stale)))
                {
                    File.Delete(stale);
                }
            }

            ResxFiles = written.ToArray();
            return !Log.HasLoggedErrors;
        }

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
