using System.Globalization;
using CsvHelper;
using GovText.Core.Cleaning;
using GovText.Core.Counting;
using GovText.Core.Results;
using GovText.Core.Ingestion;
using GovText.Core.Lexicon;
using GovText.Core.Pipeline;
using GovText.Tests;

namespace GovText.Core.Tests.Counting;

/// <summary>
/// The whole count pipeline (ingest → clean → jieba-exact tokens → match → count) on the sample corpus, checked
/// against counts made by hand from the texts (Data/sample-hand-counts.csv; its notes say where every hit is).
/// </summary>
public sealed class SampleCorpusCountTests : IClassFixture<SampleCorpusCountTests.Run>
{
    private readonly Run _run;

    public SampleCorpusCountTests(Run run) => _run = run;

    [Fact]
    public void Direct_matches_equal_the_hand_counts_for_every_document_concept_and_language()
    {
        var expected = ReadHandCounts();
        var actual = _run.Matches
            .GroupBy(m => (m.DocId, m.ConceptId, m.Language))
            .ToDictionary(g => g.Key, g => g.Count());

        var differences = new List<string>();
        foreach (var key in expected.Keys.Union(actual.Keys).OrderBy(k => k.ToString(), StringComparer.Ordinal))
        {
            var want = expected.GetValueOrDefault(key);
            var got = actual.GetValueOrDefault(key);
            if (want != got) differences.Add($"{key}: hand count {want}, pipeline {got}");
        }
        Assert.True(differences.Count == 0, string.Join("\n", differences));
        Assert.Equal(expected.Values.Sum(), _run.Matches.Count);
    }

    [Fact]
    public void Every_match_offset_points_at_its_matched_text_in_the_cleaned_text_file()
    {
        Assert.NotEmpty(_run.Matches);
        foreach (var match in _run.Matches)
        {
            var text = File.ReadAllText(Path.Combine(_run.OutDir, "text", match.DocId + ".txt"));
            var codePoints = text.EnumerateRunes().Select(r => r.ToString()).ToArray();
            Assert.Equal(match.MatchedText, string.Concat(codePoints[match.Start..match.End]));
        }
    }

    [Fact]
    public void Parents_roll_up_their_children_and_rates_follow_from_counts_and_tokens()
    {
        // party-building-governance, zh: social_governance has no direct match but rolls up 基层治理 (13) and nothing else.
        var social = _run.Counts.Single(r => r is { DocId: "party-building-governance", ConceptId: "social_governance", Language: "zh" });
        var grassroots = _run.Counts.Single(r => r is { DocId: "party-building-governance", ConceptId: "grassroots_governance", Language: "zh" });
        Assert.Equal(13, grassroots.Count);
        Assert.Equal(13, social.Count);
        foreach (var row in _run.Counts)
        {
            Assert.Equal(row.Count * 10_000.0 / row.Tokens, row.Per10k, 9);
            if (row.Language == "zh") Assert.Equal(row.Count * 10_000.0 / row.HanChars!.Value, row.Per10kHan!.Value, 9);
            else Assert.Null(row.HanChars);
        }
        // Only the bilingual paper has Chinese rows; every document has English rows (rectangular per language).
        Assert.Equal(["party-building-governance"], _run.Counts.Where(r => r.Language == "zh").Select(r => r.DocId).Distinct());
        var concepts = ConceptLexicon.Default.Concepts.Count;
        Assert.Equal(5 * concepts, _run.Counts.Count(r => r.Language == "en"));
        Assert.Equal(concepts, _run.Counts.Count(r => r.Language == "zh"));
    }

    [Fact]
    public void A_documents_rows_do_not_depend_on_the_other_documents_in_the_batch()
    {
        // The bilingual paper counted on its own (same manifest row, copied into a corpus of one) gives the same rows.
        using var alone = TestEnvironment.CreateTempDir();
        var corpus = Path.Combine(alone.Path, "corpus");
        Directory.CreateDirectory(corpus);
        const string file = "party-building-governance-pssxiv-2024.txt";
        File.Copy(Path.Combine(TestEnvironment.SampleCorpus, file), Path.Combine(corpus, file));
        var manifest = File.ReadAllLines(Path.Combine(TestEnvironment.SampleCorpus, "manifest.csv"));
        File.WriteAllLines(Path.Combine(corpus, "manifest.csv"), [manifest[0], .. manifest.Where(l => l.Contains(file, StringComparison.Ordinal))]);
        var outDir = Path.Combine(alone.Path, "out");
        var options = new AnalysisOptions(new IngestOptions(corpus, null, CleaningOptions.Default), outDir);
        using (var stage = new CountingStage(new DocumentCounter(ConceptLexicon.Default.Compile()), outDir, 2))
            Assert.Equal(0, new AnalysisPipeline(options, [stage]).Run().ExitCode);

        string[] Lines(string dir, string name) =>
            File.ReadAllLines(Path.Combine(dir, name)).Where(l => l.StartsWith("party-building-governance,", StringComparison.Ordinal)).ToArray();
        foreach (var name in new[] { ResultFiles.ConceptCounts, ResultFiles.ConceptMatches, ResultFiles.WordFrequencies })
        {
            var inBatch = Lines(_run.OutDir, name);
            Assert.NotEmpty(inBatch);
            Assert.Equal(inBatch, Lines(outDir, name));
        }
    }

    private static Dictionary<(string, string, string), int> ReadHandCounts()
    {
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "Data", "sample-hand-counts.csv"));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var result = new Dictionary<(string, string, string), int>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
            result[(csv.GetField("doc_id")!, csv.GetField("concept_id")!, csv.GetField("language")!)] = csv.GetField<int>("count");
        return result;
    }

    /// <summary>One pipeline run shared by the tests of this class.</summary>
    public sealed class Run : IDisposable
    {
        private readonly TempDir _temp = TestEnvironment.CreateTempDir();

        public Run()
        {
            OutDir = _temp.Path;
            var options = new AnalysisOptions(new IngestOptions(TestEnvironment.SampleCorpus, null, CleaningOptions.Default), OutDir);
            using var stage = new CountingStage(new DocumentCounter(ConceptLexicon.Default.Compile()), OutDir, 2);
            var result = new AnalysisPipeline(options, [stage]).Run();
            Assert.Equal(0, result.ExitCode);
            Matches = ResultTables.ConceptMatches.Read(ResultTables.ConceptMatches.PathIn(OutDir)).ToList();
            Counts = ResultTables.ConceptCounts.Read(ResultTables.ConceptCounts.PathIn(OutDir)).ToList();
        }

        public string OutDir { get; }

        public List<ConceptMatchRow> Matches { get; }

        public List<ConceptCountRow> Counts { get; }

        public void Dispose() => _temp.Dispose();
    }
}
