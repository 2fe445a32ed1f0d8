using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using GovText.Core.Errors;
using ConfigurationException = GovText.Core.Errors.ConfigurationException;
using GovText.Core.Text;

namespace GovText.Core.Corpus;

/// <summary>
/// A corpus manifest (CSV, UTF-8 with or without BOM): required columns <c>id</c> and <c>path</c>, optional
/// <c>title</c>, <c>year</c>, <c>language</c>, and any other columns, kept as document metadata. A header may
/// declare a type as <c>name:type</c> (text, number, date, category). Every problem is reported as a
/// <see cref="ConfigurationException"/> naming the manifest file and line.
/// </summary>
public sealed partial class Manifest
{
    private static readonly string[] Reserved = ["id", "path", "title", "year", "language"];

    private readonly Dictionary<string, ManifestEntry> _byPath;

    private Manifest(string file, IReadOnlyList<ManifestColumn> extra, List<ManifestEntry> entries)
    {
        File = file;
        ExtraColumns = extra;
        Entries = entries;
        _byPath = entries.ToDictionary(e => e.Path, StringComparer.Ordinal);
    }

    /// <summary>The manifest file.</summary>
    public string File { get; }

    /// <summary>The columns beyond id, path, title, year and language, in file order.</summary>
    public IReadOnlyList<ManifestColumn> ExtraColumns { get; }

    /// <summary>The rows in file order.</summary>
    public IReadOnlyList<ManifestEntry> Entries { get; }

    /// <summary>The entry for a corpus-relative path (with <c>/</c> separators), or null.</summary>
    public ManifestEntry? Find(string relativePath) => _byPath.GetValueOrDefault(relativePath);

    /// <summary>An empty manifest (no file): every document is unlisted.</summary>
    public static Manifest Empty { get; } = new("", [], []);

    /// <summary>Reads and checks the manifest at <paramref name="file"/> for the corpus folder <paramref name="corpusDir"/>.</summary>
    /// <exception cref="ConfigurationException">Any problem, with the manifest's file name and line.</exception>
    public static Manifest Load(string file, string corpusDir)
    {
        if (!System.IO.File.Exists(file)) throw new ConfigurationException("manifest not found", file);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectColumnCountChanges = false,
            MissingFieldFound = null,
            BadDataFound = args => throw new ConfigurationException($"malformed CSV: {args.Field}", file, args.Context.Parser?.RawRow),
        };
        var text = ReadText(file);
        CheckQuotes(text, file);
        using var csv = new CsvReader(new StringReader(text), config);
        try
        {
            if (!csv.Read() || !csv.ReadHeader()) throw new ConfigurationException("empty manifest: expected a header with id and path", file, 1);
            var columns = ParseHeader(csv.HeaderRecord!, file);
            var extra = columns.Where(c => !Reserved.Contains(c.Name)).ToList();
            var entries = new List<ManifestEntry>();
            var realCorpus = RealPath.Of(corpusDir);
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            var paths = new Dictionary<string, int>(StringComparer.Ordinal);
            while (csv.Read())
            {
                var line = csv.Parser.RawRow;
                var cells = columns.Select((c, i) => (c, Value: (csv.TryGetField<string>(i, out var v) ? v : null)?.Trim() ?? "")).ToList();
                if (cells.All(x => x.Value.Length == 0)) continue;
                string Cell(string name) => cells.First(x => x.c.Name == name).Value;
                string? Optional(string name) => cells.Any(x => x.c.Name == name) && Cell(name).Length > 0 ? Cell(name) : null;

                var id = Cell("id");
                if (id.Length == 0) throw new ConfigurationException("empty id", file, line);
                if (!IdShape().IsMatch(id))
                    throw new ConfigurationException($"id '{id}' cannot be used as a file name (text/{id}.txt): use letters, digits, '-', '_' or '.', not starting with '.'", file, line);
                if (ids.TryGetValue(id, out var firstId)) throw new ConfigurationException($"duplicate id '{id}' (first used on line {firstId})", file, line);
                ids[id] = line;

                if (System.Text.Encoding.UTF8.GetByteCount(id) > DocumentIds.MaxIdBytes)
                    throw new ConfigurationException($"id '{id[..20]}…' is {System.Text.Encoding.UTF8.GetByteCount(id)} bytes long in UTF-8: ids name files (text/<id>.txt), so at most {DocumentIds.MaxIdBytes} bytes", file, line);

                var path = Cell("path").Replace('\\', '/');
                if (path.Length == 0) throw new ConfigurationException($"empty path for id '{id}'", file, line);
                if (path.Any(char.IsControl))
                    throw new ConfigurationException($"path for id '{id}' contains a control character (such as NUL), which no file name can hold", file, line);
                var full = Path.GetFullPath(Path.Combine(corpusDir, path));
                var relative = Path.GetRelativePath(corpusDir, full).Replace('\\', '/');
                if (relative.StartsWith("../", StringComparison.Ordinal) || relative == ".." || Path.IsPathRooted(relative))
                    throw new ConfigurationException($"path '{path}' is outside the corpus folder {corpusDir}", file, line);
                if (!System.IO.File.Exists(full)) throw new ConfigurationException($"missing file '{path}' (looked for {full})", file, line);
                // A symbolic link (the file, or a folder on the way) may lead out of the corpus: compare real paths.
                if (!RealPath.IsSameOrInside(RealPath.Of(full), realCorpus))
                    throw new ConfigurationException($"path '{path}' leads outside the corpus folder through a symbolic link (to {RealPath.Of(full)})", file, line);
                if (FileKind.Describe(full) is { } kind)
                    throw new ConfigurationException($"path '{path}' is not a regular file ({kind})", file, line);
                if (paths.TryGetValue(relative, out var firstPath)) throw new ConfigurationException($"path '{path}' is listed twice (first on line {firstPath})", file, line);
                paths[relative] = line;

                int? year = null;
                if (Optional("year") is { } yearText)
                {
                    if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1000 or > 2999)
                        throw new ConfigurationException($"year '{yearText}' is not a number (expected a four-digit year such as 2021, or an empty cell)", file, line);
                    year = y;
                }
                Language? language = null;
                if (Optional("language") is { } languageCode)
                {
                    if (!Language.TryParse(languageCode, out var tag) || !LanguageTagger.Tags.Contains(tag))
                        throw new ConfigurationException(
                            $"language '{languageCode}' is not one of {string.Join(", ", LanguageTagger.Tags)} (or an empty cell)", file, line);
                    language = tag;
                }

                var metadata = new OrderedMetadata();
                foreach (var column in extra)
                {
                    var value = Cell(column.Name);
                    CheckType(column, value, file, line);
                    metadata.Add(column.Name, value);
                }
                entries.Add(new ManifestEntry(id, relative, Optional("title"), year, language, metadata, line));
            }
            return new Manifest(file, extra, entries);
        }
        catch (CsvHelperException ex)
        {
            throw new ConfigurationException($"malformed CSV: {ex.Message.Split('\n')[0]}", file, ex.Context?.Parser?.RawRow, ex);
        }
    }

    private static List<ManifestColumn> ParseHeader(string[] header, string file)
    {
        var columns = new List<ManifestColumn>();
        foreach (var raw in header)
        {
            var cell = raw.Trim().TrimStart('\uFEFF');
            var colon = cell.LastIndexOf(':');
            var name = colon < 0 ? cell : cell[..colon].Trim();
            var typeName = colon < 0 ? null : cell[(colon + 1)..].Trim();
            if (name.Length == 0) throw new ConfigurationException("a header cell is empty: every column needs a name", file, 1);
            // "Year" or "PATH" (Excel users capitalise headers) mean the standard columns; a typed name keeps its case otherwise.
            if (Reserved.FirstOrDefault(r => string.Equals(r, name, StringComparison.OrdinalIgnoreCase)) is { } standard) name = standard;
            var type = typeName switch
            {
                null or "text" => ColumnType.Text,
                "number" => ColumnType.Number,
                "date" => ColumnType.Date,
                "category" => ColumnType.Category,
                _ => throw new ConfigurationException($"unknown column type '{typeName}' in header '{cell}': use text, number, date or category", file, 1),
            };
            var expected = name == "year" ? ColumnType.Number : ColumnType.Text;
            if (Reserved.Contains(name) && typeName is not null && type != expected)
                throw new ConfigurationException($"column '{name}' has a fixed type ({expected.ToString().ToLowerInvariant()}); remove ':{typeName}'", file, 1);
            if (columns.Any(c => c.Name == name))
                throw new ConfigurationException($"column '{name}' appears twice in the header" + (Reserved.Contains(name) ? " (standard column names are matched whatever their case)" : ""), file, 1);
            columns.Add(new ManifestColumn(name, type));
        }
        foreach (var required in new[] { "id", "path" })
        {
            if (columns.All(c => c.Name != required))
            {
                var near = columns.Select(c => c.Name).FirstOrDefault(n => Errors.Suggestions.IsClose(n.ToLowerInvariant(), required));
                throw new ConfigurationException($"missing required column '{required}' (the header must have id and path)" +
                    (near is null ? "" : $"; did you mean '{near}'?"), file, 1);
            }
        }
        foreach (var column in columns.Where(c => !Reserved.Contains(c.Name)))
        {
            // A misspelt standard column would silently become metadata (and years would be inferred instead).
            if (Reserved.FirstOrDefault(r => r.Length > 3 && Errors.Suggestions.IsClose(column.Name.ToLowerInvariant(), r)) is { } meant && columns.All(c => c.Name != meant))
                throw new ConfigurationException($"column '{column.Name}': did you mean the standard column '{meant}'? Rename it (or rename it to something unlike '{meant}' to keep it as metadata)", file, 1);
        }
        return columns;
    }

    // The manifest's bytes decoded like a document's (UTF-8, UTF-16, GB18030 or Big5), so a manifest saved by
    // Excel on Chinese Windows (GBK) keeps its titles.
    private static string ReadText(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (stream.Length == 0) throw new ConfigurationException("empty manifest: expected a header with id and path", file, 1);
        Ingestion.DetectedEncoding encoding;
        try
        {
            encoding = Ingestion.TextDecoder.Detect(stream);
        }
        catch (Ingestion.IngestException ex)
        {
            throw new ConfigurationException($"cannot decode the manifest: {ex.Message}", file);
        }
        return Ingestion.TextDecoder.ReadAll(stream, encoding);
    }

    // CsvHelper reads an unclosed quote to the end of the file as one cell, so the rows after it would silently vanish.
    private static void CheckQuotes(string text, string file)
    {
        var line = 1;
        var opened = 0;
        var quoted = false;
        var fieldStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') i++;
                    else quoted = false;
                }
                else if (c == '\n') line++;
                continue;
            }
            if (c == '"' && fieldStart)
            {
                quoted = true;
                opened = line;
            }
            if (c == '\n') line++;
            fieldStart = c is ',' or '\n' or '\r';
        }
        if (quoted)
            throw new ConfigurationException(
                $"a quote opened on line {opened} is never closed, so every row after it would be read as one cell: close the quote (a \" inside a quoted cell is written \"\")",
                file, opened);
    }

    private static void CheckType(ManifestColumn column, string value, string file, int line)
    {
        if (value.Length == 0) return;
        var ok = column.Type switch
        {
            ColumnType.Number => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
            ColumnType.Date => DateShape().IsMatch(value) && DateTime.TryParseExact(
                value.Length == 4 ? value + "-01-01" : value.Length == 7 ? value + "-01" : value, "yyyy-MM-dd",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ => true,
        };
        if (!ok)
            throw new ConfigurationException(
                $"'{value}' in column '{column.Name}' is not a {column.Type.ToString().ToLowerInvariant()}" +
                (column.Type == ColumnType.Date ? " (expected yyyy, yyyy-MM or yyyy-MM-dd)" : ""), file, line);
    }

    [GeneratedRegex(@"^[\p{L}\p{N}_\-][\p{L}\p{N}_\-.]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdShape();

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateShape();
}
