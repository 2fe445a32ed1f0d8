using GovText.Core.Output;

namespace GovText.Core.Comparison;

/// <summary>
/// Builds <c>concept_by_group.csv</c>: concept counts and rates per group of documents (the <c>--by</c> column),
/// per token language: each concept's own count (<c>count</c>, <c>per_10k</c>) and its category total with its
/// children (<c>count_with_children</c>, <c>per_10k_with_children</c>). Groups and languages without documents have
/// no rows: a missing year is a gap, never a zero.
/// </summary>
public static class ConceptByGroup
{
    /// <summary>File name in the output folder.</summary>
    public const string FileName = "concept_by_group.csv";

    /// <summary>The column names, in file order.</summary>
    public static readonly string[] Columns =
        ["group", "concept_id", "concept_en", "concept_zh", "language", "count", "count_with_children", "tokens", "per_10k",
            "per_10k_with_children", "docs", "docs_with_concept", "doc_share"];

    /// <summary>
    /// Computes the rows for grouping column <paramref name="by"/>. Documents whose value is empty are left out
    /// and listed in <paramref name="excluded"/>.
    /// </summary>
    public static IReadOnlyList<ConceptGroupRow> Compute(CountTables tables, string by, out IReadOnlyList<string> excluded)
    {
        var groupOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var left = new List<string>();
        foreach (var d in tables.Documents)
        {
            var g = d.Get(by);
            if (g.Length == 0) left.Add(d.DocId);
            else groupOf[d.DocId] = g;
        }
        excluded = left;

        // (group, concept, language) → running sums. Each concept_counts row is one document × concept × language
        // with text in that language, so summing rows gives tokens over exactly the documents that have the language.
        var sums = new Dictionary<(string Group, string Concept, string Language), (long Count, long Rolled, long Tokens, int Docs, int With)>();
        foreach (var row in tables.ConceptCounts)
        {
            if (!groupOf.TryGetValue(row.DocId, out var g)) continue;
            var key = (g, row.ConceptId, row.Language);
            var s = sums.GetValueOrDefault(key);
            sums[key] = (s.Count + row.Count, s.Rolled + row.CountWithChildren, s.Tokens + row.Tokens, s.Docs + 1, s.With + (row.Count > 0 ? 1 : 0));
        }

        var groups = GroupOrder.Sort(groupOf.Values);
        var rows = new List<ConceptGroupRow>();
        foreach (var g in groups)
            foreach (var c in tables.Concepts)
                foreach (var lang in tables.Languages)
                {
                    if (!sums.TryGetValue((g, c.Id, lang), out var s)) continue;
                    rows.Add(new ConceptGroupRow(g, c.Id, c.En, c.Zh, lang, s.Count, s.Tokens,
                        s.Tokens > 0 ? s.Count * 10_000.0 / s.Tokens : double.NaN,
                        s.Docs, s.With, s.Docs > 0 ? (double)s.With / s.Docs : double.NaN)
                    {
                        CountWithChildren = s.Rolled,
                        Per10kWithChildren = s.Tokens > 0 ? s.Rolled * 10_000.0 / s.Tokens : double.NaN,
                    });
                }
        return rows;
    }

    /// <summary>Writes <paramref name="rows"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, IEnumerable<ConceptGroupRow> rows) =>
        CsvOutput.Write(path, csv =>
        {
            foreach (var c in Columns) csv.WriteField(c);
            csv.NextRecord();
            foreach (var r in rows)
            {
                csv.WriteField(r.Group);
                csv.WriteField(r.ConceptId);
                csv.WriteField(r.ConceptEn);
                csv.WriteField(r.ConceptZh);
                csv.WriteField(r.Language);
                csv.WriteField(CsvNumbers.Integer(r.Count));
                csv.WriteField(CsvNumbers.Integer(r.CountWithChildren));
                csv.WriteField(CsvNumbers.Integer(r.Tokens));
                csv.WriteField(CsvOutput.Number(r.Per10k));
                csv.WriteField(CsvOutput.Number(r.Per10kWithChildren));
                csv.WriteField(CsvNumbers.Integer(r.Docs));
                csv.WriteField(CsvNumbers.Integer(r.DocsWithConcept));
                csv.WriteField(CsvOutput.Number(r.DocShare));
                csv.NextRecord();
            }
        });

    /// <summary>Reads a <c>concept_by_group.csv</c> written by <see cref="Write"/>.</summary>
    public static IReadOnlyList<ConceptGroupRow> Read(string path)
    {
        var (header, rows) = CsvTableReader.ReadDictionaries(path);
        CsvTableReader.RequireColumns(path, header, Columns);
        return rows.Select((r, i) => new ConceptGroupRow(
            r["group"], r["concept_id"], r["concept_en"], r["concept_zh"], r["language"],
            CsvNumbers.ParseLong(r["count"], path, i), CsvNumbers.ParseLong(r["tokens"], path, i),
            CsvNumbers.ParseDouble(r["per_10k"], path, i), (int)CsvNumbers.ParseLong(r["docs"], path, i),
            (int)CsvNumbers.ParseLong(r["docs_with_concept"], path, i), CsvNumbers.ParseDouble(r["doc_share"], path, i))
        {
            CountWithChildren = CsvNumbers.ParseLong(r["count_with_children"], path, i),
            Per10kWithChildren = CsvNumbers.ParseDouble(r["per_10k_with_children"], path, i),
        }).ToList();
    }
}
