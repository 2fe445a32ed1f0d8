using System.CommandLine;
using GovText.Cli.Commands;
using GovText.Cli.Config;
using GovText.Core.Tokens;
using System.Text;
using GovText.Core.Errors;
using GovText.Segmentation;

namespace GovText.Cli;

/// <summary><c>govtext segment</c>: jieba-exact segmentation of a file or stdin, streamed line by line.</summary>
internal static class SegmentCommand
{
    public static Command Create(CliConsole console) => Create(console, OpenStandardInput);

    /// <summary>Builds the command reading stdin through <paramref name="stdin"/> (tests pass a StringReader).</summary>
    public static Command Create(CliConsole console, Func<TextReader> stdin)
    {
        var input = new Argument<string>("FILE")
        {
            Description = "UTF-8 text to segment; '-' or nothing reads standard input.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => "-",
        };
        var mode = new Option<string>("--mode", "-m")
        {
            Description = "accurate (jieba.cut), search (cut_for_search) or full (cut_all=True).",
            DefaultValueFactory = _ => "accurate",
        };
        mode.AcceptOnly("accurate", "search", "full");
        var noHmm = new Option<bool>("--no-hmm") { Description = "Do not recognise unknown words with the HMM (jieba's HMM=False)." };
        var userDict = new Option<string?>("--user-dict", "-u") { Description = "A jieba user dictionary (word [freq] [tag] per line) to load first." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text: tokens joined by ' / '; json: jieba.lcut's list per line; tsv: analysis tokens (line, start, end, language, token, normalized, stem).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnly("text", "json", "tsv");
        var pos = new Option<bool>("--pos", "-p")
        {
            Description = "Tag parts of speech exactly as jieba.posseg does (text: word/flag; json: [[word, flag], ...]; tsv: line, start, end, token, pos). Accurate mode only.",
        };

        var jobs = new Option<int?>("--jobs", "-j")
        {
            Description = "Threads that segment at once (default: the number of processors). Lines are read in blocks, segmented in parallel " +
                          "and written in input order, so the output never depends on it. The analysis-token TSV is written on one thread.",
        };

        var command = new Command("segment", "Segment Chinese text exactly as jieba 0.42.1 does (one output line per input line).\n\n" +
            "Examples:\n  echo 我们要推进基层治理现代化 | govtext segment --format json\n  echo 我们要推进基层治理现代化 | govtext segment --pos\n  govtext segment report.txt --mode search --user-dict my-words.txt > report.seg.txt")
        {
            input, mode, noHmm, userDict, format, pos, jobs,
        };
        command.Validators.Add(result =>
        {
            if (CommandOptions.TryGetValue(result, pos, out var tagged) && tagged && result.GetResult(mode) is { Implicit: false }
                && CommandOptions.TryGetValue(result, mode, out var cut) && cut != "accurate")
                result.AddError("--pos tags the accurate cut only (jieba.posseg has no search or full mode); drop --mode.");
            if (CommandOptions.TryGetValue(result, jobs, out var threads) && threads is < 1)
                result.AddError("--jobs must be at least 1");
        });
        command.SetAction((ParseResult pr, CancellationToken ct) =>
        {
            var segmenter = Segmenter.CreateDefault();
            var dictPath = pr.GetValue(userDict);
            if (dictPath is not null) LoadUserDictionary(segmenter, dictPath);

            var threads = pr.GetValue(jobs) ?? Math.Max(1, Environment.ProcessorCount);
            var path = pr.GetValue(input)!;
            TextReader reader;
            if (path == "-") reader = new TextInput(stdin(), "standard input");
            else if (!File.Exists(path))
            {
                console.Fail($"{path}: file not found");
                return Task.FromResult(ExitCode.SomeInputsFailed);
            }
            else reader = TextInput.Open(path);

            using (reader)
            try
            {
                var outputFormat = ParseFormat(pr.GetValue(format)!);
                if (!pr.GetValue(pos) && outputFormat == SegmentOutputFormat.Tsv)
                    AnalysisTokenTsv.Write(reader, console.Output, segmenter, ct);
                else if (pr.GetValue(pos))
                    SegmentationWriter.WriteTagged(reader, console.Output, segmenter, outputFormat, hmm: !pr.GetValue(noHmm), threads, ct);
                else
                    SegmentationWriter.Write(reader, console.Output, segmenter, outputFormat,
                        ParseMode(pr.GetValue(mode)!), hmm: !pr.GetValue(noHmm), threads, ct);
            }
            catch (InvalidDataException ex)
            {
                // What was segmented before the bad bytes is already on stdout; the error says where it stopped.
                console.Fail(ex.Message);
                return Task.FromResult(ExitCode.SomeInputsFailed);
            }
            return Task.FromResult(ExitCode.Ok);
        });
        return command;
    }

    private static void LoadUserDictionary(Segmenter segmenter, string path)
    {
        if (!File.Exists(path)) throw new ConfigurationException("user dictionary not found", path);
        try
        {
            segmenter.LoadUserDictionary(path);
        }
        catch (FormatException ex)
        {
            throw new ConfigurationException(ex.Message, inner: ex);
        }
        catch (DecoderFallbackException ex)
        {
            throw new ConfigurationException("the user dictionary must be UTF-8", path, inner: ex);
        }
    }

    private static SegmentationMode ParseMode(string mode) => mode switch
    {
        "search" => SegmentationMode.Search,
        "full" => SegmentationMode.Full,
        _ => SegmentationMode.Accurate,
    };

    private static SegmentOutputFormat ParseFormat(string format) => format switch
    {
        "json" => SegmentOutputFormat.Json,
        "tsv" => SegmentOutputFormat.Tsv,
        _ => SegmentOutputFormat.Text,
    };

    private static TextReader OpenStandardInput() =>
        new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
}
