using System.Text;
using System.Xml.Linq;
using GovText.Charts;
using GovText.Core.Comparison;
using GovText.Core.Errors;
using GovText.Core.Pipeline;
using GovText.Tests;
using SkiaSharp;
using GovText.Core.Text;

namespace GovText.Charts.Tests;

public sealed class ChartRendererTests
{
    private static readonly string[] AllCharts =
        ["concept_rates_bars", "concept_rates_heatmap", "concept_trends", "keyness_concepts", "keyness_words", "cooccurrence_network"];

    private static (CorpusResults Result, ChartRenderResult Charts) Run(string dir, ChartOptions charts)
    {
        var result = CorpusStages.Compare(SyntheticWorkReports.Tables().Accumulate(new ComparisonOptions
        {
            By = "year",
            Target = DocumentFilter.Parse("year=2013..2025", "target"),
            Charts = new ChartRenderer(charts),
        }), dir);
        return (result, (ChartRenderResult)result.Charts!);
    }

    [Fact]
    public void Writes_every_chart_as_png_of_the_requested_pixel_size_and_svg()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var (result, charts) = Run(dir.Path, new ChartOptions { Width = 800, Height = 500, Dpi = 150 });
        Assert.Equal(AllCharts, charts.Charts.Select(c => c.Name));
        foreach (var chart in charts.Charts)
        {
            Assert.Equal(Path.Combine(dir.Path, "charts", chart.Name + ".png"), chart.PngPath);
            var bytes = File.ReadAllBytes(chart.PngPath);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
            using var bitmap = SKBitmap.Decode(bytes);
            Assert.Equal((1250, 781), (bitmap.Width, bitmap.Height)); // 800 × 150/96, 500 × 150/96
            Assert.Equal((1250, 781), (chart.PixelWidth, chart.PixelHeight));

            var svg = XDocument.Load(chart.SvgPath).Root!;
            Assert.Equal("svg", svg.Name.LocalName);
            Assert.Equal(("800", "500"), ((string?)svg.Attribute("width"), (string?)svg.Attribute("height")));
        }
        Assert.All(result.Files, f => Assert.True(File.Exists(f), f));
        // The synthetic English reports are all in the target: English keyness is refused (Core's warning), nothing else.
        Assert.StartsWith("keyness in 'en' not computed: the target has", Assert.Single(result.Warnings));
    }

    [Fact]
    public void Chinese_labels_are_drawn_with_the_embedded_font_that_has_every_glyph()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var (_, charts) = Run(dir.Path, new ChartOptions { Labels = LabelMode.Zh, Width = 900, Height = 600 });
        Assert.True(charts.Font.HasChinese);
        Assert.Equal(LabelMode.Zh, charts.Labels);
        Assert.Equal((ChartFontResolver.EmbeddedFamily, ChartFontResolver.EmbeddedSource), (charts.Font.FamilyName, charts.Font.Source));
        Assert.Empty(charts.Warnings);

        using var font = new SKFont(charts.Font.Typeface);
        foreach (var chart in charts.Charts)
        {
            Assert.Contains(chart.DrawnStrings, s => s.Contains("社会治理", StringComparison.Ordinal));
            foreach (var text in chart.DrawnStrings)
            {
                var missing = text.EnumerateRunes().Where(r => !Rune.IsWhiteSpace(r) && font.GetGlyphs(r.ToString()).Any(g => g == 0)).ToList();
                Assert.True(missing.Count == 0, $"{chart.Name}: '{font.Typeface.FamilyName}' has no glyph for '{string.Concat(missing)}' in \"{text}\"");
            }
        }
    }

    [Fact]
    public void A_font_without_chinese_glyphs_falls_back_to_english_labels_and_leaves_chinese_words_out_with_warnings()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var (result, charts) = Run(dir.Path, new ChartOptions { Labels = LabelMode.Both, FontFile = TestFonts.LatinOnly, Width = 600, Height = 400 });

        // After Core's refusal of English keyness (the synthetic English reports are all in the target), the font's two.
        Assert.Equal(3, result.Warnings.Count);
        Assert.StartsWith("keyness in 'en' not computed", result.Warnings[0]);
        Assert.Contains("no glyph for '", result.Warnings[1]);
        Assert.Contains("English labels", result.Warnings[1]);
        Assert.Contains("left out of its chart", result.Warnings[2]);
        Assert.Equal(LabelMode.En, charts.Labels);
        Assert.False(charts.Font.HasChinese);
        // Chinese words cannot be drawn: the words chart is not drawn at all rather than drawn with boxes.
        Assert.DoesNotContain(charts.Charts, c => c.Name == "keyness_words");
        foreach (var chart in charts.Charts)
            foreach (var text in chart.DrawnStrings)
                Assert.Empty(charts.Font.MissingGlyphs(text));
    }

    [Fact]
    public void Rendering_is_deterministic()
    {
        using var a = TestEnvironment.CreateTempDir();
        using var b = TestEnvironment.CreateTempDir();
        var options = new ChartOptions { Width = 500, Height = 300 };
        var first = Run(a.Path, options).Charts.Charts;
        var second = Run(b.Path, options).Charts.Charts;
        foreach (var (x, y) in first.Zip(second))
            Assert.Equal(File.ReadAllBytes(x.PngPath), File.ReadAllBytes(y.PngPath));
    }

    /// <summary>The chart data the comparison stage hands to the charts, for tests that draw variants of it.</summary>
    internal static ChartData SyntheticChartData()
    {
        var capture = new CapturingRenderer();
        using var dir = TestEnvironment.CreateTempDir();
        CorpusStages.Compare(SyntheticWorkReports.Tables().Accumulate(new ComparisonOptions
        {
            By = "year",
            Target = DocumentFilter.Parse("year=2013..2025", "target"),
            Charts = capture,
        }), dir.Path);
        return capture.Data!;
    }

    private sealed class CapturingRenderer : IChartRenderer
    {
        public ChartData? Data { get; private set; }

        public void Validate() { }

        public ChartStageResult Draw(ChartData data, string folder)
        {
            Data = data;
            return new ChartStageResult([], [], [], "");
        }
    }

    [Fact]
    public void Charts_are_byte_identical_in_every_culture_and_when_drawn_again_in_the_same_process()
    {
        // Rates below 1 per 10,000 tokens, so the automatic tick labels have decimals (where de-DE would write 0,05).
        var data = SyntheticChartData();
        data = data with
        {
            GroupRows = data.GroupRows.Select(r => r with { Per10k = r.Per10k / 100 }).ToList(),
            YearRows = data.YearRows.Select(r => r with { Per10k = r.Per10k / 100 }).ToList(),
        };
        var options = new ChartOptions { Width = 600, Height = 400, Labels = LabelMode.Both };
        var runs = new List<ChartRenderResult>();
        var dirs = new List<TempDir>();
        try
        {
            foreach (var culture in new[] { "", "de-DE", "en-US", "fr-FR", "" })
            {
                var dir = TestEnvironment.CreateTempDir();
                dirs.Add(dir);
                var previous = System.Globalization.CultureInfo.CurrentCulture;
                System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo(culture);
                try { runs.Add(ChartRenderer.RenderAll(data, options, dir.Path)); }
                finally { System.Globalization.CultureInfo.CurrentCulture = previous; }
            }
            Assert.Contains(runs[0].Charts, c => System.Text.RegularExpressions.Regex.IsMatch(File.ReadAllText(c.SvgPath), @">\s*0\.\d+\s*<"));
            foreach (var other in runs.Skip(1))
                foreach (var (x, y) in runs[0].Charts.Zip(other.Charts, (x, y) => (x, y)))
                {
                    Assert.Equal(File.ReadAllBytes(x.PngPath), File.ReadAllBytes(y.PngPath));
                    Assert.Equal(File.ReadAllText(x.SvgPath), File.ReadAllText(y.SvgPath));
                }
        }
        finally
        {
            foreach (var d in dirs) d.Dispose();
        }
    }

    [Fact]
    public void Svg_clip_path_ids_are_numbered_per_chart()
    {
        var svg = "<clipPath id=\"cl_a8\"/><g clip-path=\"url(#cl_a8)\"/><clipPath id=\"cl_b0\"/><g clip-path=\"url(#cl_b0)\"/><text>cl_a8x</text>";
        Assert.Equal("<clipPath id=\"cl_0\"/><g clip-path=\"url(#cl_0)\"/><clipPath id=\"cl_1\"/><g clip-path=\"url(#cl_1)\"/><text>cl_a8x</text>",
            ChartContext.NumberClipPaths(svg));
    }

    [Fact]
    public void Trend_lines_break_at_years_without_documents()
    {
        var segments = TrendChart.Segments([(2010, 1), (2011, 2), (2013, 0), (2014, 4), (2017, 5)]).ToList();
        Assert.Equal([[2010.0, 2011.0], [2013.0, 2014.0], [2017.0]], segments.Select(s => s.Select(p => p.Year).ToList()));
        // A year with documents and no mention is a real zero and stays on the line.
        Assert.Equal(0, segments[1][0].Value);
    }

    [Fact]
    public void Five_yearly_observations_are_joined_and_break_only_where_their_rhythm_breaks()
    {
        // The party congress reports: 1921, 1923, then 1969 … 2022 about every five years.
        double[] years = [1921, 1923, 1969, 1973, 1977, 1982, 1987, 1992, 1997, 2002, 2007, 2012, 2017, 2022];
        var interval = TrendChart.TypicalInterval(years);
        Assert.Equal(5, interval);
        var segments = TrendChart.Segments(years.Select(y => (y, 1.0)).ToList(), interval).ToList();
        Assert.Equal([[1921.0, 1923.0], [1969.0, 1973, 1977, 1982, 1987, 1992, 1997, 2002, 2007, 2012, 2017, 2022]],
            segments.Select(s => s.Select(p => p.Year).ToList()));
        // Annual reports: any missing year breaks the line.
        Assert.Equal(1, TrendChart.TypicalInterval([1954, 1955, 1956, 1957, 1958, 1959, 1960, 1964, 1975, 1978]));
        Assert.Equal(1, TrendChart.TypicalInterval([2000]));
    }

    [Fact]
    public void Many_years_of_bars_are_pooled_into_bins_with_the_rate_of_the_pooled_tokens()
    {
        // 57 years (1954..2025 with gaps): 5-year bins would give 16 bars per concept, 10-year bins 8.
        var years = Enumerable.Range(1954, 72).Where(y => y is < 1961 or > 1977 || y is 1964 or 1975).ToList();
        var rows = years.Select(y => new ConceptGroupRow
        {
            Group = y.ToString(System.Globalization.CultureInfo.InvariantCulture), ConceptId = "c", ConceptEn = "C", ConceptZh = "概念", Language = Language.Chinese,
            Count = y % 3, CountWithChildren = y % 3, Tokens = 1000 + y % 7, Per10k = 0, Per10kWithChildren = 0, Docs = 1,
            DocsWithConcept = y % 3 == 0 ? 0 : 1, DocShare = 0,
        }).ToList();
        Assert.True(years.Count > GroupBarChart.MaxCategories);
        var (binned, width) = GroupBarChart.Bin(rows)!.Value;
        Assert.Equal(10, width);
        Assert.Equal(["1954–1959", "1960–1969", "1970–1979", "1980–1989", "1990–1999", "2000–2009", "2010–2019", "2020–2025"], binned.Select(r => r.Group));
        var sixties = binned[1]; // 1960 and 1964 only
        Assert.Equal((1960 % 3 + 1964 % 3, 1000 + 1960 % 7 + 1000 + 1964 % 7), (sixties.Count, sixties.Tokens));
        Assert.Equal(sixties.Count * 10_000.0 / sixties.Tokens, sixties.Per10k, 12);
        Assert.Equal(2, sixties.Docs);
        // Groups that are not numbers are not binned: the bar chart is left out with a note.
        Assert.Null(GroupBarChart.Bin([rows[0] with { Group = "PSSXiv" }]));
    }

    [Fact]
    public void Heatmap_marks_a_gap_in_the_years_rhythm()
    {
        Assert.Equal([(2, "1923", "1969")], HeatmapChart.Breaks(["1921", "1923", "1969", "1973", "1977", "1982", "1987"]));
        Assert.Equal([(3, "1960", "1964"), (4, "1964", "1975")], HeatmapChart.Breaks(["1958", "1959", "1960", "1964", "1975", "1976"]));
        Assert.Empty(HeatmapChart.Breaks(["a", "b"]));
    }

    [Fact]
    public void Year_rows_for_the_trend_have_no_row_for_missing_years()
    {
        var counts = SyntheticWorkReports.Tables().Accumulate(new ComparisonOptions { By = "year" });
        var rows = counts.Groups.Rows(counts.Concepts, counts.Languages);
        Assert.DoesNotContain(rows, r => r.Group is "1998" or "2008");
        Assert.Contains(rows, r => r.Group == "2017" && r.Language == Language.English);
    }

    [Fact]
    public void Found_concepts_get_the_colour_blind_safe_colours_in_lexicon_order()
    {
        // Colours go to the concepts found, in lexicon order: 20 defined, 7 found (every third) get the first 7 Okabe-Ito colours.
        var concepts = Enumerable.Range(0, 20).Select(i => new ConceptInfo($"c{i}", $"C{i}", "", i)).ToList();
        var found = concepts.Where(c => c.Order % 3 == 0).Select(c => c.Id).ToHashSet();
        var palette = new ConceptPalette(concepts, found);
        var colours = concepts.Where(c => found.Contains(c.Id)).Select(palette.ColorOf).ToList();
        Assert.Equal(ConceptPalette.Colors.Take(7), colours);
        Assert.Equal(7, colours.Distinct().Count());
        Assert.Equal(ScottPlot.Color.FromHex("#D55E00"), palette.ColorOf(concepts[3]));
    }

    [Theory]
    [InlineData(100, 700, 96)]
    [InlineData(1200, 700, 10)]
    [InlineData(1200, 700, 5000)]
    public void Impossible_sizes_are_configuration_errors(int width, int height, int dpi) =>
        Assert.Throws<ConfigurationException>(() => new ChartOptions { Width = width, Height = height, Dpi = dpi }.Validate());

    [Fact]
    public void Labels_option_parses_the_three_modes()
    {
        Assert.Equal(LabelMode.Both, ChartOptions.ParseLabels("both"));
        Assert.Equal(LabelMode.Zh, ChartOptions.ParseLabels("ZH"));
        Assert.Throws<ConfigurationException>(() => ChartOptions.ParseLabels("fr"));
    }
}
