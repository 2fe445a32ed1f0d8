using FsCheck.Xunit;
using GovText.Core.Comparison;
using GovText.Core.Pipeline;
using GovText.Core.Results;
using GovText.Core.Tests.Support;
using GovText.Tests;

namespace GovText.Core.Tests.Comparison;

public sealed class CountAccumulatorTests
{
    private static ComparisonOptions Options(string by) => new()
    {
        By = by,
        Target = DocumentFilter.Parse("year=2013..2025", "target"),
        MinCount = 1,
    };

    // Accumulators of two disjoint sets of documents, merged, give exactly the tables of the union: the groups, the
    // keyness sides (concepts and words), the co-mentions, the matches per concept and the notes' document samples.
    [Property(MaxTest = 100)]
    public void Merging_the_accumulators_of_a_random_split_gives_the_accumulator_of_the_whole(int seed, bool[] mask, bool byYear)
    {
        var tables = RandomTables.Create(seed, 30);
        var documents = tables.CountedDocuments();
        var options = Options(byYear ? "year" : "source");
        bool InA(int i) => mask.Length > 0 && mask[i % mask.Length];

        var a = tables.Accumulate(options, documents.Where((_, i) => InA(i)));
        var b = tables.Accumulate(options, documents.Where((_, i) => !InA(i)));
        a.Merge(b);

        Assert.Equal(Describe(tables.Accumulate(options)), Describe(a));
    }

    [Fact]
    public void The_hand_made_fixture_adds_up_split_by_document()
    {
        var tables = ComparisonFixture.Tables();
        var documents = tables.CountedDocuments();
        var options = Options("year") with { Target = DocumentFilter.Parse("year=2013..2014", "target") };
        var whole = tables.Accumulate(options);
        for (var split = 0; split <= documents.Count; split++)
        {
            var a = tables.Accumulate(options, documents.Take(split));
            a.Merge(tables.Accumulate(options, documents.Skip(split)));
            Assert.Equal(Describe(whole), Describe(a));
        }
    }

    [Fact]
    public void Accumulators_planned_differently_do_not_merge()
    {
        var tables = ComparisonFixture.Tables();
        var a = tables.Accumulate(Options("year"));
        Assert.Throws<ArgumentException>(() => a.Merge(tables.Accumulate(Options("source"))));
    }

    // A comparison replayed from a results folder writes the same bytes as the one made while counting (charts: the
    // chart tests' Replayed_and_fresh_charts_are_byte_identical).
    [Fact]
    public void Replayed_and_fresh_comparisons_are_byte_identical()
    {
        using var fresh = TestEnvironment.CreateTempDir();
        using var replayed = TestEnvironment.CreateTempDir();
        var tables = RandomTables.Create(20_140_305, 60);
        var options = Options("year");
        tables.WriteTo(replayed.Path);

        var a = CorpusStages.Compare(tables.Accumulate(options), fresh.Path);
        var b = CorpusStages.Compare(CountReplay.Replay(replayed.Path, options), replayed.Path);

        Assert.Equal(a.Files.Select(f => Path.GetRelativePath(fresh.Path, f)), b.Files.Select(f => Path.GetRelativePath(replayed.Path, f)));
        Assert.Equal(a.Warnings, b.Warnings);
        foreach (var file in a.Files)
        {
            var name = Path.GetRelativePath(fresh.Path, file);
            Assert.True(File.ReadAllBytes(file).SequenceEqual(File.ReadAllBytes(Path.Combine(replayed.Path, name))), name + " differs");
        }
    }

    [Fact]
    public void Rows_out_of_documents_order_are_an_error_naming_the_file_and_line()
    {
        using var dir = TestEnvironment.CreateTempDir();
        ComparisonFixture.WriteTo(dir.Path);
        var path = ResultTables.ConceptMatches.PathIn(dir.Path);
        var lines = File.ReadAllLines(path);
        File.WriteAllLines(path, [lines[0], .. lines.Skip(1).Reverse()]);

        var ex = Assert.Throws<Errors.ConfigurationException>(() => CountReplay.Replay(dir.Path, new ComparisonOptions()));
        Assert.Equal(path, ex.File);
        Assert.Equal(4, ex.Line); // the d4 rows came first and were taken for d4; d3's rows are left over
        Assert.Contains("'d3'", ex.Message);
    }

    private static string Describe(CountAccumulator c)
    {
        var lines = new List<string> { $"documents {c.Documents}", "concepts " + string.Join(",", c.Concepts), "languages " + string.Join(",", c.Languages) };
        lines.Add($"excluded {c.Groups.Excluded.Count}: {c.Groups.Excluded}");
        lines.AddRange(c.Groups.Rows(c.Concepts, c.Languages).Select(r => r.ToString()));
        if (c.YearGroups is { } years) lines.AddRange(years.Rows(c.Concepts, c.Languages).Select(r => "year " + r));
        if (c.Keyness is { } k)
        {
            lines.Add($"sides {k.TargetDocs}/{k.ReferenceDocs}, undecided {k.Undecided.Count}: {k.Undecided}, overlap {k.Overlap.Count}");
            lines.AddRange(KeynessTable.ForConcepts(k, c.Concepts, c.Languages).Select(r => r.ToString()));
            lines.AddRange(KeynessTable.ForWords(k, 1, Core.StopWords.StopWordList.None).Select(r => r.ToString()));
        }
        lines.AddRange(c.CoMentions.Rows().Select(r => r.ToString()));
        lines.AddRange(c.MatchesPerConcept.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"));
        return string.Join("\n", lines);
    }
}
