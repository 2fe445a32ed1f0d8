using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using GovText.Core.Errors;
using ConfigurationException = GovText.Core.Errors.ConfigurationException;

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
        using var reader = new StreamReader(file, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, config);
        try
        {
            if (!csv.Read() || !csv.ReadHeader()) throw new ConfigurationException("empty manifest: expected a header with id and path", file, 1);
            var columns = ParseHeader(csv.HeaderRecord!, file);
            var extra = columns.Where(c => !Reserved.Contains(c.Name)).ToList();
            var entries = new List<ManifestEntry>();
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

                var path = Cell("path").Replace('\\', '/');
                if (path.Length == 0) throw new ConfigurationException($"empty path for id '{id}'", file, line);
                var full = Path.GetFullPath(Path.Combine(corpusDir, path));
                var relative = Path.GetRelativePath(corpusDir, full).Replace('\\', '/');
                if (relative.StartsWith("../", StringComparison.Ordinal) || relative == ".." || Path.IsPathRooted(relative))
                    throw new ConfigurationException($"path '{path}' is outside the corpus folder {corpusDir}", file, line);
                if (!System.IO.File.Exists(full)) throw new ConfigurationException($"missing file '{path}' (looked for {full})", file, line);
                if (paths.TryGetValue(relative, out var firstPath)) throw new ConfigurationException($"path '{path}' is listed twice (first on line {firstPath})", file, line);
                paths[relative] = line;

                int? year = null;
                if (Optional("year") is { } yearText)
                {
                    if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1000 or > 2999)
                        throw new ConfigurationException($"year '{yearText}' is not a number (expected a four-digit year such as 2021, or an empty cell)", file, line);
                    year = y;
                }
                var language = Optional("language");
                if (language is not null && !Text.LanguageTagger.Tags.Contains(language))
                    throw new ConfigurationException($"language '{language}' is not one of zh, en, mixed, other (or an empty cell)", file, line);

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
            if (columns.Any(c => c.Name == name)) throw new ConfigurationException($"column '{name}' appears twice in the header", file, 1);
            columns.Add(new ManifestColumn(name, type));
        }
        foreach (var required in new[] { "id", "path" })
        {
            if (columns.All(c => c.Name != required))
                throw new ConfigurationException($"missing required column '{required}' (the header must have id and path)", file, 1);
        }
        return columns;
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
