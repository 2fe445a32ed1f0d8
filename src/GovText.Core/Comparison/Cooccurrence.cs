using GovText.Core.Output;

namespace GovText.Core.Comparison;

/// <summary>
/// Builds <c>cooccurrence.csv</c> from the direct matches in <c>concept_matches.csv</c> (a match belongs to the
/// concept that lists the term; parents get no rows of their own, since a parent would trivially co-occur with
/// its children). Every pair of concepts that each have a match appears for every unit, including pairs never
/// mentioned together (both = 0, PMI empty), so a missing association is visible rather than silent.
/// </summary>
public static class Cooccurrence
{
    /// <summary>File name in the output folder.</summary>
    public const string FileName = "cooccurrence.csv";

    /// <summary>The units, in file order.</summary>
    public static readonly string[] UnitNames = ["sentence", "paragraph", "document"];

    private static readonly string[] Columns = ["concept_a", "concept_b", "unit", "both", "a", "b", "jaccard", "pmi"];

    /// <summary>
    /// Computes the rows. N for sentences and paragraphs is the sum of the <c>sentences</c> / <c>paragraphs</c>
    /// columns of <c>documents.csv</c> (raised to the highest index seen in the matches + 1 where a document
    /// declares fewer), N for documents the number of documents.
    /// </summary>
    public static IReadOnlyList<CooccurrenceRow> Compute(CountTables tables)
    {
        var matchesByDoc = tables.ConceptMatches.GroupBy(m => m.DocId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        var rows = new List<CooccurrenceRow>();
        var conceptIds = tables.ConceptMatches.Select(m => m.ConceptId).Distinct(StringComparer.Ordinal)
            .OrderBy(id => id, StringComparer.Ordinal).ToList();
        foreach (var unit in UnitNames)
        {
            long n = 0;
            // unit key → concepts mentioned in it
            var mentions = new Dictionary<(string Doc, int Index), HashSet<string>>();
            foreach (var doc in tables.Documents)
            {
                var matches = matchesByDoc.GetValueOrDefault(doc.DocId) ?? [];
                int declared = unit switch
                {
                    "sentence" => tables.UnitCount(doc, "sentences"),
                    "paragraph" => tables.UnitCount(doc, "paragraphs"),
                    _ => 1,
                };
                var seen = 0;
                foreach (var m in matches)
                {
                    var index = unit switch { "sentence" => m.Sentence, "paragraph" => m.Paragraph, _ => 0 };
                    seen = Math.Max(seen, index + 1);
                    if (!mentions.TryGetValue((doc.DocId, index), out var set))
                        mentions[(doc.DocId, index)] = set = new HashSet<string>(StringComparer.Ordinal);
                    set.Add(m.ConceptId);
                }
                n += Math.Max(declared, seen);
            }

            var single = new Dictionary<string, int>(StringComparer.Ordinal);
            var pair = new Dictionary<(string, string), int>();
            foreach (var set in mentions.Values)
            {
                var ids = set.OrderBy(s => s, StringComparer.Ordinal).ToArray();
                for (var i = 0; i < ids.Length; i++)
                {
                    single[ids[i]] = single.GetValueOrDefault(ids[i]) + 1;
                    for (var j = i + 1; j < ids.Length; j++) pair[(ids[i], ids[j])] = pair.GetValueOrDefault((ids[i], ids[j])) + 1;
                }
            }

            for (var i = 0; i < conceptIds.Count; i++)
                for (var j = i + 1; j < conceptIds.Count; j++)
                {
                    var (ca, cb) = (conceptIds[i], conceptIds[j]);
                    int a = single.GetValueOrDefault(ca), b = single.GetValueOrDefault(cb), both = pair.GetValueOrDefault((ca, cb));
                    rows.Add(new CooccurrenceRow(ca, cb, unit, both, a, b, n,
                        (double)both / (a + b - both),
                        both == 0 ? double.NaN : Math.Log2((double)both * n / ((double)a * b))));
                }
        }
        return rows;
    }

    /// <summary>Writes <paramref name="rows"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, IEnumerable<CooccurrenceRow> rows) =>
        CsvOutput.Write(path, csv =>
        {
            foreach (var c in Columns) csv.WriteField(c);
            csv.NextRecord();
            foreach (var r in rows)
            {
                csv.WriteField(r.ConceptA);
                csv.WriteField(r.ConceptB);
                csv.WriteField(r.Unit);
                csv.WriteField(CsvNumbers.Integer(r.Both));
                csv.WriteField(CsvNumbers.Integer(r.A));
                csv.WriteField(CsvNumbers.Integer(r.B));
                csv.WriteField(CsvOutput.Number(r.Jaccard));
                csv.WriteField(CsvOutput.Number(r.Pmi));
                csv.NextRecord();
            }
        });
}
