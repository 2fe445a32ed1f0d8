using System.Globalization;
using CsvHelper;
using GovText.Core.Cleaning;
using GovText.Core.Counting;
using GovText.Core.Results;
using GovText.Core.Ingestion;
using GovText.Core.Lexicon;
using GovText.Core.Pipeline;
using GovText.Tests;
using GovText.Core.Text;

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
    public void Own_counts_in_concept_counts_equal_the_hand_counts_and_add_up_to_the_counted_matches()
    {
        // The hand counts are each concept's own matches: concept_counts.csv's count column must say exactly that,
        // zero wherever the hand counts have no row (a parent whose own terms never occur shows 0, not its children's sum).
        var expected = ReadHandCounts();
        var differences = _run.Counts
            .Where(r => expected.GetValueOrDefault((r.DocId, r.ConceptId, r.Language)) != r.Count)
            .Select(r => $"{r.DocId},{r.ConceptId},{r.Language}: hand count {expected.GetValueOrDefault((r.DocId, r.ConceptId, r.Language))}, count {r.Count}")
            .ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences));
        Assert.Equal(expected.Values.Sum(), _run.Counts.Sum(r => r.Count));
    }

    [Fact]
    public void Category_totals_include_the_children_once_and_rates_follow_from_counts_and_tokens()
    {
        // grassroots-party-orgs, en: "grassroots governance" once (its own term) and "community governance" 7 times (its
        // child's), per the hand counts; social_governance occurs in no form there.
        var grassroots = _run.Counts.Single(r => r is { DocId: "grassroots-party-orgs", ConceptId: "grassroots_governance" } && r.Language == Language.English);
        var community = _run.Counts.Single(r => r is { DocId: "grassroots-party-orgs", ConceptId: "community_governance" } && r.Language == Language.English);
        var social = _run.Counts.Single(r => r is { DocId: "grassroots-party-orgs", ConceptId: "social_governance" } && r.Language == Language.English);
        Assert.Equal((1, 8), (grassroots.Count, grassroots.CountWithChildren));
        Assert.Equal((7, 7), (community.Count, community.CountWithChildren));
        Assert.Equal((0, 0), (social.Count, social.CountWithChildren));
        var lexicon = ConceptLexicon.Default.Compile();
        foreach (var row in _run.Counts)
        {
            // count_with_children = own matches + every descendant's own matches (no span is matched by two concepts here).
            var descendants = lexicon.SelfAndDescendants(row.ConceptId);
            var expected = _run.Counts.Where(r => r.DocId == row.DocId && r.Language == row.Language && descendants.Contains(r.ConceptId)).Sum(r => r.Count);
            Assert.Equal(expected, row.CountWithChildren);
            Assert.Equal(row.Count * 10_000.0 / row.Tokens, row.Per10k, 9);
            Assert.Equal(row.CountWithChildren * 10_000.0 / row.Tokens, row.Per10kWithChildren, 9);
            if (row.Language == Language.Chinese) Assert.Equal(row.Count * 10_000.0 / row.HanChars!.Value, row.Per10kHan!.Value, 9);
            else Assert.Null(row.HanChars);
        }
        // Only the bilingual paper has Chinese rows; every document has English rows (rectangular per language).
        Assert.Equal(["party-building-governance"], _run.Counts.Where(r => r.Language == Language.Chinese).Select(r => r.DocId).Distinct());
        var concepts = ConceptLexicon.Default.Concepts.Count;
        Assert.Equal(5 * concepts, _run.Counts.Count(r => r.Language == Language.English));
        Assert.Equal(concepts, _run.Counts.Count(r => r.Language == Language.Chinese));
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
        using (var stage = new CountingStage(new DocumentCounter(ConceptLexicon.Default.Compile()), outDir))
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

    private static Dictionary<(string, string, Language), int> ReadHandCounts()
    {
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "Data", "sample-hand-counts.csv"));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var result = new Dictionary<(string, string, Language), int>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
            result[(csv.GetField("doc_id")!, csv.GetField("concept_id")!, Language.Parse(csv.GetField("language")))] = csv.GetField<int>("count");
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
            using var stage = new CountingStage(new DocumentCounter(ConceptLexicon.Default.Compile()), OutDir);
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
