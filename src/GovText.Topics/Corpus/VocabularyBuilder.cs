using GovText.Core.Errors;

namespace GovText.Topics.Corpus;

/// <summary>Selects one language's tokens and prunes the vocabulary by document frequency.</summary>
public static class VocabularyBuilder
{
    /// <summary>
    /// Builds the model corpus for <paramref name="language"/>: documents tagged with it (or <c>mixed</c>), only its
    /// tokens, terms kept when min-df ≤ df ≤ floor(max-df × units), where df counts the units a term occurs in.
    /// </summary>
    /// <exception cref="ConfigurationException">Bad pruning options.</exception>
    public static ModelCorpus Build(TokenCorpus corpus, string language, VocabularyOptions options)
    {
        if (options.MinDf < 1) throw new ConfigurationException("--min-df must be at least 1");
        if (!(options.MaxDf > 0 && options.MaxDf <= 1)) throw new ConfigurationException("--max-df must be a share in (0, 1]");

        var inLanguage = new bool[corpus.Documents.Count];
        var docsIn = 0;
        for (var d = 0; d < inLanguage.Length; d++)
        {
            inLanguage[d] = corpus.Documents[d].Language == language || corpus.Documents[d].Language == "mixed";
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
        foreach (var (unit, _) in units)
        {
            var counts = new SortedDictionary<int, int>();
            foreach (var t in unit.Terms)
                if (newId.TryGetValue(t, out var id)) counts[id] = counts.GetValueOrDefault(id) + 1;
            if (counts.Count == 0) continue;
            var doc = new ModelDocument(unit.Document, unit.Paragraph, counts.Keys.ToArray(), counts.Values.ToArray());
            tokensAfter += doc.Tokens;
            modelUnits.Add(doc);
        }

        var report = new VocabularyReport(language, docsIn, corpus.Documents.Count - docsIn, units.Count, modelUnits.Count,
            before, belowMin, aboveMax, kept.Count, tokensBefore, tokensAfter, options.MinDf, options.MaxDf, maxUnits);
        return new ModelCorpus(language, corpus.Unit, corpus.Documents, kept.Select(t => corpus.Terms[t].Text).ToList(), modelUnits, report);
    }
}
