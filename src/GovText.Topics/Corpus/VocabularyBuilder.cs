using GovText.Core.Errors;
using GovText.Core.Text;

namespace GovText.Topics.Corpus;

/// <summary>Selects one language's tokens and prunes the vocabulary by document frequency.</summary>
public static class VocabularyBuilder
{
    /// <summary>
    /// The most tokens of one unit that go into the sampler together. ML.NET 5.0.1's LightLDA uses only about the first
    /// 512 tokens of a document (in term-id order) whatever <c>maximumTokenCountPerDocument</c> says (measured:
    /// terms past that point get no weight in any topic), so longer units are split into chunks of at most this size.
    /// </summary>
    public const int ChunkTokens = 500;

    /// <summary>
    /// Builds the model corpus for <paramref name="language"/>: documents tagged with it (or <c>mixed</c>), only its
    /// tokens, terms kept when min-df ≤ df ≤ floor(max-df × units), where df counts the units a term occurs in.
    /// </summary>
    /// <exception cref="ConfigurationException">Bad pruning options.</exception>
    public static ModelCorpus Build(TokenCorpus corpus, Language language, VocabularyOptions options)
    {
        if (options.MinDf < 1) throw ConfigurationException.ForSetting("min-df", $"the minimum document frequency of a term must be at least 1 (got {options.MinDf})");
        if (!(options.MaxDf > 0 && options.MaxDf <= 1)) throw ConfigurationException.ForSetting("max-df", $"the maximum document frequency of a term must be a share in (0, 1] (got {options.MaxDf.ToString(System.Globalization.CultureInfo.InvariantCulture)})");

        var inLanguage = new bool[corpus.Documents.Count];
        var docsIn = 0;
        for (var d = 0; d < inLanguage.Length; d++)
        {
            inLanguage[d] = corpus.Documents[d].Language == language || corpus.Documents[d].Language == Language.Mixed;
            if (inLanguage[d]) docsIn++;
        }

        var df = new int[corpus.Terms.Count];
        var seen = new int[corpus.Terms.Count];
        Array.Fill(seen, -1);
        var units = new List<(TokenUnit Unit, int Index)>();
        long tokensBefore = 0;
        for (var u = 0; u < corpus.Units.Count; u++)
        {
            var unit = corpus.Units[u];
            if (!inLanguage[unit.Document]) continue;
            units.Add((unit, u));
            foreach (var t in unit.Terms)
            {
                if (corpus.Terms[t].Language != language) continue;
                tokensBefore++;
                if (seen[t] == u) continue;
                seen[t] = u;
                df[t]++;
            }
        }

        var maxUnits = (int)Math.Floor(options.MaxDf * units.Count);
        int before = 0, belowMin = 0, aboveMax = 0;
        var kept = new List<int>();
        for (var t = 0; t < df.Length; t++)
        {
            if (df[t] == 0 || corpus.Terms[t].Language != language) continue;
            before++;
            if (df[t] < options.MinDf) belowMin++;
            else if (df[t] > maxUnits) aboveMax++;
            else kept.Add(t);
        }
        kept.Sort((a, b) => string.CompareOrdinal(corpus.Terms[a].Text, corpus.Terms[b].Text));
        var newId = new Dictionary<int, int>(kept.Count);
        for (var i = 0; i < kept.Count; i++) newId[kept[i]] = i;

        var modelUnits = new List<ModelDocument>();
        long tokensAfter = 0;
        var unitsAfter = 0;
        var split = 0;
        foreach (var (unit, _) in units)
        {
            var ids = new List<int>(unit.Terms.Length);
            foreach (var t in unit.Terms)
                if (newId.TryGetValue(t, out var id)) ids.Add(id);
            if (ids.Count == 0) continue;
            unitsAfter++;
            tokensAfter += ids.Count;
            // LightLDA trains on at most 512 tokens of a unit (see ChunkTokens): longer units go in as consecutive
            // chunks of near-equal size, in text order, and their shares are put back together by token weight.
            var chunks = (ids.Count + ChunkTokens - 1) / ChunkTokens;
            if (chunks > 1) split++;
            for (var c = 0; c < chunks; c++)
            {
                var counts = new SortedDictionary<int, int>();
                for (var i = c * ids.Count / chunks; i < (c + 1) * ids.Count / chunks; i++)
                    counts[ids[i]] = counts.GetValueOrDefault(ids[i]) + 1;
                modelUnits.Add(new ModelDocument(unit.Document, unit.Paragraph, counts.Keys.ToArray(), counts.Values.ToArray()) { Chunk = c });
            }
        }

        var dropped = corpus.DroppedTokens.For(language, d => inLanguage[d]);
        var report = new VocabularyReport(language, docsIn, corpus.Documents.Count - docsIn, units.Count, unitsAfter,
            before, belowMin, aboveMax, kept.Count, tokensBefore, tokensAfter, options.MinDf, options.MaxDf, maxUnits)
        {
            UnitsSplit = split,
            Chunks = modelUnits.Count,
            TokensDroppedNumbers = dropped.Numbers,
            TokensDroppedStopWords = dropped.StopWords,
        };
        return new ModelCorpus(language, corpus.Unit, corpus.Documents, kept.Select(t => corpus.Terms[t].Text).ToList(), modelUnits, report);
    }
}
