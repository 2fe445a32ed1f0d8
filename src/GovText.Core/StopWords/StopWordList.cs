using System.Reflection;
using System.Text;
using GovText.Core.Errors;
using GovText.Core.Lexicon;
using GovText.Core.Text;

namespace GovText.Core.StopWords;

/// <summary>
/// The stop words that word lists leave out (word keyness now; keywords, collocations and topic models use the same
/// list): function words such as 的, 了, 是, "the", "of", which lead every frequency list and say nothing about the
/// concepts studied. One list holds the Chinese and the English words; a token is looked up in its own language.
/// The default is the <c>zh</c> list of stopwords-iso and the Snowball English list (sources and licences:
/// src/GovText.Core/THIRD-PARTY.md; choice explained in docs/methods.md).
/// </summary>
public sealed class StopWordList
{
    /// <summary>The <c>--stopwords</c> value that selects the built-in lists.</summary>
    public const string DefaultName = "default";

    /// <summary>The <c>--stopwords</c> value that turns stop-word removal off.</summary>
    public const string NoneName = "none";

    private static readonly Lazy<StopWordList> DefaultList = new(LoadDefault);

    private readonly HashSet<string> _chinese;
    private readonly HashSet<string> _english;

    private StopWordList(string name, string description, HashSet<string> chinese, HashSet<string> english, int ignored)
    {
        Name = name;
        Description = description;
        _chinese = chinese;
        _english = english;
        Ignored = ignored;
    }

    /// <summary>No stop words: every word is kept.</summary>
    public static StopWordList None { get; } = new(NoneName, "none (every word kept)", [], [], 0);

    /// <summary>The built-in lists: stopwords-iso <c>zh</c> (754 Han words) and Snowball English (174 words).</summary>
    public static StopWordList Default => DefaultList.Value;

    /// <summary><c>default</c>, <c>none</c> or the path of the file the words came from.</summary>
    public string Name { get; }

    /// <summary>One line for run summaries: which list, and how many words per language.</summary>
    public string Description { get; }

    /// <summary>Chinese stop words in the list.</summary>
    public int ChineseCount => _chinese.Count;

    /// <summary>English stop words in the list.</summary>
    public int EnglishCount => _english.Count;

    /// <summary>Entries of a user file that are neither Chinese nor English words (numbers, punctuation): never tokens, so unused.</summary>
    public int Ignored { get; }

    /// <summary>
    /// SHA-256 of the words in effect: one line <c>zh&lt;TAB&gt;word&lt;LF&gt;</c> or <c>en&lt;TAB&gt;word&lt;LF&gt;</c> per word, in
    /// ordinal order (run.json's <c>inputs.stopwords</c>): two lists that remove the same words have the same fingerprint,
    /// whatever their files' comments and layout.
    /// </summary>
    public string Sha256 => _sha256 ??= RunRecords.Fingerprint.Text(string.Concat(
        _chinese.Order(StringComparer.Ordinal).Select(w => $"{Language.Chinese.Code}\t{w}\n")
            .Concat(_english.Order(StringComparer.Ordinal).Select(w => $"{Language.English.Code}\t{w}\n"))));

    private string? _sha256;

    /// <summary>True when this list removes nothing.</summary>
    public bool IsEmpty => _chinese.Count == 0 && _english.Count == 0;

    /// <summary>
    /// Whether <paramref name="token"/>, a normalized word token (lowercase for Latin script, as in
    /// <c>word_frequencies.csv</c>) of <paramref name="language"/> (<see cref="Language.Chinese"/> or <see cref="Language.English"/>), is a stop word.
    /// Tokens of other labels (<c>num</c>, <c>other</c>) never are.
    /// </summary>
    public bool Contains(string token, Language language) =>
        language == Language.Chinese ? _chinese.Contains(token)
        : language == Language.English && _english.Contains(token);

    /// <summary>
    /// The list named by a <c>--stopwords</c> value: <c>default</c>, <c>none</c>, or a file (see <see cref="FromFile"/>).
    /// </summary>
    /// <exception cref="ConfigurationException">The file does not exist or cannot be read.</exception>
    public static StopWordList Load(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Equals(DefaultName, StringComparison.OrdinalIgnoreCase)) return Default;
        if (spec.Equals(NoneName, StringComparison.OrdinalIgnoreCase)) return None;
        return FromFile(spec);
    }

    /// <summary>
    /// Reads a stop-word file: UTF-8, one or more words a line; a line starting with <c>#</c> and everything after a
    /// <c>|</c> are comments (so Snowball's lists load as they are). A word with a Han character is a Chinese stop word,
    /// a word with a Latin letter an English one (lowercased and NFKC-normalized as English tokens are); other entries
    /// (punctuation, digits) can never be word tokens and are counted in <see cref="Ignored"/>.
    /// </summary>
    /// <exception cref="ConfigurationException">The file does not exist or cannot be read.</exception>
    public static StopWordList FromFile(string path)
    {
        if (!File.Exists(path))
            throw new ConfigurationException($"stop-word file '{path}' does not exist; give a file with one word a line, 'default' or 'none'");
        string text;
        try
        {
            text = File.ReadAllText(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
        }
        catch (DecoderFallbackException)
        {
            throw new ConfigurationException("stop-word file is not valid UTF-8; save it as UTF-8", path);
        }
        catch (IOException e)
        {
            throw new ConfigurationException($"stop-word file cannot be read: {e.Message}", path);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new ConfigurationException($"stop-word file cannot be read: {e.Message}", path);
        }
        return Parse(text, path, path);
    }

    private static StopWordList LoadDefault()
    {
        var chinese = Parse(ReadResource("stopwords-iso-zh.txt"), DefaultName, "");
        var english = Parse(ReadResource("snowball-english.txt"), DefaultName, "");
        return new StopWordList(DefaultName,
            $"default: stopwords-iso zh ({chinese.ChineseCount} words) and Snowball English ({english.EnglishCount} words)",
            chinese._chinese, english._english, 0);
    }

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("GovText.Core.StopWords." + name)
            ?? throw new InvalidOperationException($"embedded stop-word list {name} is missing from the build");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static StopWordList Parse(string text, string name, string path)
    {
        var chinese = new HashSet<string>(StringComparer.Ordinal);
        var english = new HashSet<string>(StringComparer.Ordinal);
        var ignored = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimStart('\uFEFF');
            if (line.TrimStart().StartsWith('#')) continue;
            var bar = line.IndexOf('|');
            if (bar >= 0) line = line[..bar];
            foreach (var word in line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                if (HanScript.Contains(word)) chinese.Add(word);
                else if (word.Any(char.IsLetter)) english.Add(NormalizeLatin(word));
                else ignored++;
            }
        }
        var description = $"{path} ({chinese.Count} Chinese, {english.Count} English words" +
                          (ignored > 0 ? $"; {ignored} entries that are not words ignored)" : ")");
        return new StopWordList(name, description, chinese, english, ignored);
    }

    // The normalization AnalysisTokenizer gives English tokens, so a list entry and a token compare equal.
    private static string NormalizeLatin(string word) =>
        word.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Replace('\u2019', '\'');
}
