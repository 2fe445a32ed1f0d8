using System.CommandLine;
using GovText.Cli.Config;
using GovText.Core.Pipeline;
using System.Globalization;
using System.Text;
using GovText.Core.Errors;
using GovText.Core.Keywords;
using GovText.Core.Output;
using GovText.Segmentation;

namespace GovText.Cli.Commands;

/// <summary><c>govtext keywords</c>: jieba's TF-IDF or TextRank keywords of a file or of every document (or group) of a corpus.</summary>
internal static class KeywordsCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new PipelineOptions();
        options.Corpus.Description = "A corpus folder (keywords.csv plus the ingestion outputs go to --out) or one UTF-8 text file (keywords to standard output).";
        var method = new Option<string>("--method")
        {
            Description = "tfidf (jieba.analyse.extract_tags) or textrank (jieba.analyse.textrank).",
            DefaultValueFactory = _ => "tfidf",
        };
        method.AcceptOnly("tfidf", "textrank");
        var top = new Option<int>("--top", "-n") { Description = "Keywords per document or group.", DefaultValueFactory = _ => 20 };
        var pos = new Option<string?>("--pos")
        {
            Description = "jieba.posseg flags to keep, comma-separated (jieba's allowPOS), e.g. n,vn,v,ns. Default: none for tfidf, ns,n,vn,v for textrank.",
        };
        var by = new Option<string?>("--by") { Description = "Pool documents by a documents.csv column (year, language, title or a manifest column): one list per group." };
        var idf = new Option<string>("--idf")
        {
            Description = "tfidf's IDF: jieba (its idf.txt; exactly extract_tags) or corpus (ln(N/df) over the corpus's documents; for English or your own domain).",
            DefaultValueFactory = _ => "jieba",
        };
        idf.AcceptOnly("jieba", "corpus");

        var command = new Command("keywords",
            "Keywords exactly as jieba.analyse computes them (TF-IDF or TextRank), per document or per group: keywords.csv\n" +
            "(doc_id or group, rank, term, weight, language), computed on the cleaned text written to text/.\n\n" +
            "Examples:\n  govtext keywords report.txt --top 10\n" +
            "  govtext keywords corpus --method textrank --by year --out results\n" +
            "  govtext keywords corpus --idf corpus --pos n,vn,ns");
        options.AddTo(command);
        foreach (var option in new Option[] { method, top, pos, by, idf }) command.Options.Add(option);
        command.Validators.Add(result =>
        {
            if (CommandOptions.TryGetValue(result, method, out var chosen) && chosen == "textrank" && result.GetResult(idf) is { Implicit: false })
                result.AddError("--idf applies to --method tfidf only (TextRank uses no IDF).");
        });
        command.SetAction((parse, ct) =>
        {
            if (parse.GetValue(top) < 1) throw new ConfigurationException("--top must be at least 1");
            var keywordOptions = new KeywordOptions(
                parse.GetValue(method) == "textrank" ? KeywordMethod.TextRank : KeywordMethod.TfIdf,
                parse.GetValue(top),
                ParsePos(parse.GetValue(pos)),
                parse.GetValue(by),
                parse.GetValue(idf) == "corpus" ? IdfSource.Corpus : IdfSource.Jieba);
            var path = parse.GetValue(options.Corpus)!;
            if (File.Exists(path)) return Task.FromResult(RunFile(console, path, keywordOptions));
            KeywordStage? stage = null;
            var (code, _) = PipelineRunner.Run(console, options, parse, (analysis, _) =>
            {
                stage = new KeywordStage(keywordOptions);
                var workflow = new AnalysisWorkflow(analysis);
                workflow.Pipeline.Add(stage);
                return workflow;
            }, ct, report: _ =>
            {
                if (stage!.DocumentsWithoutGroup > 0)
                    console.Output.WriteLine($"note: {stage.DocumentsWithoutGroup} document(s) have no '{keywordOptions.By}' value and are in no group.");
            });
            return Task.FromResult(code);
        });
        return command;
    }

    private static IReadOnlyList<string>? ParsePos(string? value)
    {
        if (value is null) return null;
        var flags = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (flags.Length == 0) throw new ConfigurationException("--pos needs at least one flag, e.g. --pos n,vn,v,ns");
        return flags;
    }

    // One file: the keywords as TSV on standard output (rank, term, weight); corpus-IDF needs a corpus.
    private static int RunFile(CliConsole console, string path, KeywordOptions options)
    {
        if (options.Idf == IdfSource.Corpus) throw new ConfigurationException("--idf corpus needs a corpus folder, not one file", path);
        if (options.By is not null) throw new ConfigurationException("--by needs a corpus folder, not one file", path);
        string text;
        try
        {
            text = File.ReadAllText(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
        }
        catch (DecoderFallbackException)
        {
            console.Fail($"{path}: not valid UTF-8 (run `govtext keywords` on its folder to ingest GBK, Big5, PDF or DOCX)");
            return ExitCode.SomeInputsFailed;
        }
        var segmenter = Segmenter.CreateDefault();
        var keywords = options.Method == KeywordMethod.TextRank
            ? JiebaAnalyse.TextRank(segmenter, text, options.Top, options.Pos)
            : JiebaAnalyse.ExtractTags(segmenter, text, options.Top, options.Pos);
        var output = new StringBuilder("rank\tterm\tweight\n");
        for (var i = 0; i < keywords.Count; i++)
            output.Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append('\t').Append(keywords[i].Word).Append('\t')
                .Append(CsvOutput.Number(keywords[i].Weight)).Append('\n');
        console.Output.Write(output.ToString());
        return ExitCode.Ok;
    }
}
