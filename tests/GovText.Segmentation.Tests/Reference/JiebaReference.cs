using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovText.Segmentation;
using GovText.Tests;

namespace GovText.Segmentation.Tests.Reference;

/// <summary>One batch of cuts for the python oracle; <paramref name="Posseg"/> asks for <c>jieba.posseg</c> pairs ("word/flag").</summary>
internal sealed record CutRequest(SegmentationMode Mode, bool Hmm, IReadOnlyList<string> Lines, bool Posseg = false);

/// <summary>One batch of keyword extractions: <c>extract_tags</c> ("tfidf") or <c>textrank</c>, with weights.</summary>
internal sealed record KeywordRequest(string Method, int? TopK, IReadOnlyList<string> AllowPos, IReadOnlyList<string> Texts);

/// <summary>The oracle's answer: op results, one token list per line per cut, jieba's final total, and (word, weight) lists per keyword text.</summary>
internal sealed record ReferenceResult(IReadOnlyList<JsonNode?> Ops, IReadOnlyList<IReadOnlyList<string[]>> Cuts, long Total,
    IReadOnlyList<IReadOnlyList<(string Word, double Weight)[]>> Keywords);

/// <summary>Runs python3-jieba once per batch through Reference/jieba_reference.py.</summary>
internal static class JiebaReference
{
    public static string ModeName(SegmentationMode mode) => mode switch
    {
        SegmentationMode.Accurate => "accurate",
        SegmentationMode.Search => "search",
        _ => "full",
    };

    /// <summary>Runs several requests through one python process.</summary>
    public static IReadOnlyList<ReferenceResult> Run(IReadOnlyList<(IReadOnlyList<JsonArray> Ops, IReadOnlyList<CutRequest> Cuts)> requests) =>
        Run(requests.Select(r => (r.Ops, r.Cuts, (IReadOnlyList<KeywordRequest>)[])).ToList());

    /// <summary>Runs several requests (ops, cuts and keyword extractions) through one python process.</summary>
    public static IReadOnlyList<ReferenceResult> Run(
        IReadOnlyList<(IReadOnlyList<JsonArray> Ops, IReadOnlyList<CutRequest> Cuts, IReadOnlyList<KeywordRequest> Keywords)> requests)
    {
        var python = TestEnvironment.JiebaPythonPath ?? throw new InvalidOperationException(TestEnvironment.NoJiebaReason);
        var script = Path.Combine(AppContext.BaseDirectory, "Reference", "jieba_reference.py");
        var psi = new ProcessStartInfo(python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.ASCII,
        };
        psi.ArgumentList.Add(script);
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start " + python);
        var stderr = process.StandardError.ReadToEndAsync();
        // Write on another thread: a large request must not deadlock against a full stdout pipe.
        var writer = Task.Run(() =>
        {
            foreach (var (ops, cuts, keywords) in requests)
            {
                var req = new JsonObject
                {
                    ["ops"] = new JsonArray(ops.Select(o => (JsonNode)o.DeepClone()).ToArray()),
                    ["cuts"] = new JsonArray(cuts.Select(c => (JsonNode)new JsonObject
                    {
                        ["mode"] = c.Posseg ? "posseg" : ModeName(c.Mode),
                        ["hmm"] = c.Hmm,
                        ["lines"] = new JsonArray(c.Lines.Select(l => (JsonNode)JsonValue.Create(l)!).ToArray()),
                    }).ToArray()),
                    ["keywords"] = new JsonArray(keywords.Select(k => (JsonNode)new JsonObject
                    {
                        ["method"] = k.Method,
                        ["topK"] = k.TopK,
                        ["allowPOS"] = new JsonArray(k.AllowPos.Select(p => (JsonNode)JsonValue.Create(p)!).ToArray()),
                        ["texts"] = new JsonArray(k.Texts.Select(t => (JsonNode)JsonValue.Create(t)!).ToArray()),
                    }).ToArray()),
                };
                process.StandardInput.Write(req.ToJsonString());
                process.StandardInput.Write('\n');
            }
            process.StandardInput.Close();
        });
        var results = new List<ReferenceResult>();
        for (var i = 0; i < requests.Count; i++)
        {
            var line = process.StandardOutput.ReadLine()
                ?? throw new InvalidOperationException("python3-jieba oracle stopped: " + stderr.Result);
            var node = JsonNode.Parse(line)!;
            var cuts = node["cuts"]!.AsArray()
                .Select(c => (IReadOnlyList<string[]>)c!.AsArray().Select(l => l!.AsArray().Select(t => t!.GetValue<string>()).ToArray()).ToList())
                .ToList();
            var keywordResults = node["keywords"]!.AsArray()
                .Select(k => (IReadOnlyList<(string, double)[]>)k!.AsArray()
                    .Select(text => text!.AsArray().Select(p => (p![0]!.GetValue<string>(), p[1]!.GetValue<double>())).ToArray())
                    .ToList())
                .ToList();
            results.Add(new ReferenceResult(node["ops"]!.AsArray().ToList(), cuts, node["total"]!.GetValue<long>(), keywordResults));
        }
        writer.Wait();
        process.WaitForExit();
        return results;
    }

    /// <summary>Runs plain cuts (no user-dictionary ops) in one python process.</summary>
    public static IReadOnlyList<IReadOnlyList<string[]>> Cut(IReadOnlyList<CutRequest> cuts) =>
        Run([([], cuts)])[0].Cuts;

    /// <summary>
    /// Cuts every line in one mode and compares with jieba's token lists; returns how many lines were
    /// identical and a description (labelled by <paramref name="describe"/>) of each differing line.
    /// </summary>
    public static (int Identical, List<string> Differences) Compare(Segmenter segmenter, SegmentationMode mode, bool hmm,
        IReadOnlyList<string> lines, IReadOnlyList<string[]> expected, Func<int, string> describe)
    {
        var identical = 0;
        var differences = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var diff = FirstDifference(expected[i], segmenter.CutToStrings(lines[i], mode, hmm));
            if (diff is null) identical++;
            else differences.Add($"{describe(i)} [{mode}, hmm={hmm}] {diff}");
        }
        return (identical, differences);
    }

    /// <summary>
    /// Tags every line (jieba.posseg) and compares with jieba's "word/flag" lists; returns how many lines
    /// were identical and a description of each differing line.
    /// </summary>
    public static (int Identical, List<string> Differences) ComparePosseg(Segmenter segmenter, bool hmm,
        IReadOnlyList<string> lines, IReadOnlyList<string[]> expected, Func<int, string> describe)
    {
        var identical = 0;
        var differences = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var actual = segmenter.CutWithTags(lines[i], hmm).Select(t => t.Text + "/" + t.Tag).ToList();
            var diff = FirstDifference(expected[i], actual);
            if (diff is null) identical++;
            else differences.Add($"{describe(i)} [posseg, hmm={hmm}] {diff}");
        }
        return (identical, differences);
    }

    /// <summary>Describes the first difference between two token lists, or null when equal.</summary>
    public static string? FirstDifference(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var n = Math.Min(expected.Count, actual.Count);
        for (var i = 0; i < n; i++)
        {
            if (!string.Equals(expected[i], actual[i], StringComparison.Ordinal))
                return $"token {i}: jieba {Show(expected.Skip(i).Take(4))} vs ours {Show(actual.Skip(i).Take(4))}";
        }
        if (expected.Count != actual.Count)
            return $"token {n}: jieba has {expected.Count} tokens, ours {actual.Count}: jieba {Show(expected.Skip(n).Take(4))} vs ours {Show(actual.Skip(n).Take(4))}";
        return null;
    }

    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Show(IEnumerable<string> tokens) => JsonSerializer.Serialize(tokens.ToArray(), Readable);
}
