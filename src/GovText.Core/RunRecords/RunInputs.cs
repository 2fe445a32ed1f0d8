using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using GovText.Core.Cleaning;
using GovText.Core.Ingestion;
using GovText.Core.Lexicon;

namespace GovText.Core.RunRecords;

/// <summary>
/// Builds run.json's <c>inputs</c> section: a SHA-256 fingerprint of everything a run read, so that two results
/// folders can be told to come from the same data (the formats are in docs/outputs.md). Sections appear in the order
/// they are added; a run adds only what it used.
/// </summary>
public sealed class RunInputs
{
    private readonly JsonObject _root = new();
    private readonly JsonObject _files = new();
    private (CorpusIngestor Ingestor, IReadOnlyList<string?> Hashed)? _corpus;

    /// <summary>
    /// The corpus: path, number of files and a fingerprint over every file read (SHA-256 of each file's bytes), a
    /// fingerprint of the listing (each file's relative path and size, what a shard plan is made from), and for a
    /// shard which one it is. A shard hashes only its own files, so a job array reads each file once.
    /// </summary>
    /// <param name="ingestor">The planned corpus.</param>
    /// <param name="hashed">
    /// Hashes already taken, by index into <see cref="CorpusIngestor.Files"/> (null where none was taken): the document
    /// pass's <see cref="Pipeline.AnalysisPipeline.FileSha256"/>. The section is built when run.json is
    /// (<see cref="ToJson"/>), so files the pass read are not read again; only the others are hashed then. The section
    /// keeps its place among the others.
    /// </param>
    public RunInputs Corpus(CorpusIngestor ingestor, IReadOnlyList<string?>? hashed = null)
    {
        _root["corpus"] = null;
        _root["manifest"] = null;
        _corpus = (ingestor, hashed ?? []);
        return this;
    }

    // The corpus and manifest sections (see Corpus). A million-file corpus is read once, by the document pass, instead
    // of once more here before it.
    private static void AddCorpus(JsonObject root, CorpusIngestor ingestor, IReadOnlyList<string?> hashed)
    {
        var hashes = new (string Path, string Sha256)[ingestor.Files.Count];
        Parallel.For(0, hashes.Length, i =>
        {
            var file = ingestor.Files[i];
            hashes[i] = (file.Path, (i < hashed.Count ? hashed[i] : null) ?? TryHash(file.FullPath));
        });
        var corpus = new JsonObject
        {
            ["path"] = ingestor.CorpusDir,
            ["files"] = ingestor.AllFiles.Count,
            ["listing_sha256"] = Fingerprint.List(ingestor.AllFiles.Select(f => (f.Path, f.Bytes.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
        };
        if (ingestor.Shard.IsWhole) corpus["sha256"] = Fingerprint.List(hashes);
        else
            corpus["shard"] = new JsonObject
            {
                ["number"] = ingestor.Shard.Number,
                ["count"] = ingestor.Shard.Count,
                ["files"] = hashes.Length,
                ["sha256"] = Fingerprint.List(hashes),
            };
        root["corpus"] = corpus;
        var manifest = ingestor.Manifest.File;
        root["manifest"] = manifest.Length == 0 ? null : new JsonObject { ["path"] = manifest, ["sha256"] = TryHash(manifest) };
    }

    /// <summary>The lexicon: where it came from, its bytes' SHA-256 and its concept ids in file order.</summary>
    public RunInputs Lexicon(ConceptLexicon lexicon)
    {
        string? sha = lexicon.Source == ConceptLexicon.DefaultSourceName ? Fingerprint.Text(ConceptLexicon.DefaultYaml)
            : System.IO.File.Exists(lexicon.Source) ? TryHash(lexicon.Source) : null;
        _root["lexicon"] = new JsonObject
        {
            ["path"] = lexicon.Source == ConceptLexicon.DefaultSourceName || !System.IO.File.Exists(lexicon.Source) ? lexicon.Source : Path.GetFullPath(lexicon.Source),
            ["format"] = lexicon.Format.ToString().ToLowerInvariant(),
            ["sha256"] = sha,
            ["concepts"] = new JsonArray(lexicon.Concepts.Select(c => (JsonNode?)c.Id).ToArray()),
        };
        return this;
    }

    /// <summary>
    /// The cleaning in effect: the steps that ran, a SHA-256 over the boilerplate rules (each rule's id, kind, mode and
    /// pattern, defaults and added files alike) and the embedded English word list that hyphenation repair consults.
    /// </summary>
    public RunInputs Cleaning(CleaningOptions cleaning)
    {
        var rules = new StringBuilder();
        foreach (var rule in cleaning.Rules.Rules)
            rules.Append(rule.Id).Append('\t').Append(rule.Kind).Append('\t').Append(rule.IsRegex ? "regex" : "literal").Append('\t').Append(rule.Pattern).Append('\n');
        _root["cleaning"] = new JsonObject
        {
            ["steps"] = new JsonArray(cleaning.Steps.Order(StringComparer.Ordinal).Select(s => (JsonNode?)s).ToArray()),
            ["rules"] = cleaning.Rules.Rules.Count,
            ["rules_sha256"] = Fingerprint.Text(rules.ToString()),
            ["english_words_sha256"] = ResourceHash(typeof(RunInputs).Assembly, "GovText.Core.Resources.english-words.txt.gz"),
        };
        return this;
    }

    /// <summary>The stop words in effect (<c>--stopwords</c>): which list, its words per language and their fingerprint.</summary>
    public RunInputs StopWords(StopWords.StopWordList list)
    {
        _root["stopwords"] = new JsonObject
        {
            ["list"] = list.Name,
            ["chinese"] = list.ChineseCount,
            ["english"] = list.EnglishCount,
            ["sha256"] = list.Sha256,
        };
        return this;
    }

    /// <summary>The segmenter's embedded data: jieba 0.42.1's dictionary and HMM model, as GovText stores them.</summary>
    public RunInputs Segmenter()
    {
        var assembly = typeof(GovText.Segmentation.Segmenter).Assembly;
        _root["segmenter"] = new JsonObject
        {
            ["dictionary_sha256"] = BuildTimeHash(assembly, "jieba-dict.bin"),
            ["hmm_sha256"] = BuildTimeHash(assembly, "jieba-hmm.bin"),
        };
        return this;
    }

    /// <summary>
    /// Every section of an earlier record's inputs (a merge takes its shards' common inputs, see
    /// <see cref="Sharding.ShardMerge.MergedInputs"/>); option files go under <c>files</c> as before.
    /// </summary>
    public RunInputs From(JsonObject inputs)
    {
        foreach (var (key, value) in inputs)
        {
            if (key == "files" && value is JsonObject files)
                foreach (var (option, file) in files) _files[option] = file?.DeepClone();
            else _root[key] = value?.DeepClone();
        }
        return this;
    }

    /// <summary>A file an option named (a stop-word list, a font, cleaning rules…), under the option's name.</summary>
    public RunInputs File(string option, string path)
    {
        _files[option] = new JsonObject { ["path"] = Path.GetFullPath(path), ["sha256"] = TryHash(path) };
        return this;
    }

    /// <summary>The section, with the option files last (under <c>files</c>).</summary>
    public JsonObject ToJson()
    {
        var result = (JsonObject)_root.DeepClone();
        if (_corpus is { } corpus) AddCorpus(result, corpus.Ingestor, corpus.Hashed);
        result["files"] = _files.DeepClone();
        return result;
    }

    // A file that cannot be read is an input problem reported elsewhere (ingest_errors.csv); here it is marked, not fatal.
    private static string TryHash(string path)
    {
        try { return Fingerprint.File(path); }
        catch (IOException) { return "unreadable"; }
        catch (UnauthorizedAccessException) { return "unreadable"; }
    }

    // The segmenter's resources are 25 MB read in place; its build records their SHA-256 as assembly metadata rather
    // than have every run read them whole (GovText.Segmentation.csproj, HashModelResources).
    private static string BuildTimeHash(Assembly assembly, string resource)
    {
        foreach (var attribute in assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
            if (attribute.Key == resource + ".sha256" && attribute.Value is { } hash) return hash;
        throw new InvalidOperationException($"the SHA-256 of {resource} is missing from {assembly.GetName().Name}'s metadata");
    }

    private static string ResourceHash(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing from {assembly.GetName().Name}");
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
