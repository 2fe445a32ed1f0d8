using System.Reflection;
using GovText.Core.Errors;
using GovText.Core.Matching;

namespace GovText.Core.Lexicon;

/// <summary>
/// A validated set of concepts, in file order, from the embedded default lexicon or a user's GovText, quanteda
/// or LIWC file. <see cref="Compile"/> turns it into the lookup structures the matcher uses.
/// </summary>
public sealed class ConceptLexicon
{
    private const string DefaultResource = "GovText.Core.Lexicon.default-lexicon.yml";

    /// <summary>The name <see cref="Source"/> has for the embedded default lexicon.</summary>
    public const string DefaultSourceName = "default-lexicon.yml";

    private static readonly Lazy<string> DefaultText = new(ReadDefaultText);
    private static readonly Lazy<ConceptLexicon> DefaultLexicon = new(() =>
        Parse(DefaultText.Value, DefaultSourceName, LexiconFormat.GovText).GetOrThrow());

    private readonly Dictionary<string, Concept> _byId;

    internal ConceptLexicon(string source, LexiconFormat format, IReadOnlyList<Concept> concepts, IReadOnlyList<LexiconDiagnostic> warnings)
    {
        Source = source;
        Format = format;
        Concepts = concepts;
        Warnings = warnings;
        _byId = concepts.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    /// <summary>Where the lexicon came from: the file as the user named it, or <see cref="DefaultSourceName"/>.</summary>
    public string Source { get; }

    /// <summary>The format it was read from.</summary>
    public LexiconFormat Format { get; }

    /// <summary>The concepts in file order (the order of every output's rows).</summary>
    public IReadOnlyList<Concept> Concepts { get; }

    /// <summary>Warnings found while reading (the lexicon is usable).</summary>
    public IReadOnlyList<LexiconDiagnostic> Warnings { get; }

    /// <summary>The lexicon embedded in GovText, used when no <c>--lexicon</c> is given.</summary>
    public static ConceptLexicon Default => DefaultLexicon.Value;

    /// <summary>The default lexicon's YAML exactly as embedded (what <c>govtext lexicon export</c> writes).</summary>
    public static string DefaultYaml => DefaultText.Value;

    /// <summary>The concept with this id, or null.</summary>
    public Concept? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Reads and validates a lexicon file; throws on the first error (exit code 2 at the command line).</summary>
    /// <param name="path">The file.</param>
    /// <param name="format">The format, or null to decide by extension and content (<see cref="LexiconFormats.Detect"/>).</param>
    /// <exception cref="ConfigurationException">The file is missing, unreadable or invalid; the message names file and line.</exception>
    public static ConceptLexicon Load(string path, LexiconFormat? format = null) => Read(path, format).GetOrThrow();

    /// <summary>Reads and validates a lexicon file, returning every error and warning instead of throwing on errors.</summary>
    /// <exception cref="ConfigurationException">The file cannot be read, or its format cannot be told from its extension.</exception>
    public static LexiconReadResult Read(string path, LexiconFormat? format = null)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException("cannot read the lexicon: " + ex.Message, path, inner: ex);
        }
        return Parse(text, path, format ?? LexiconFormats.Detect(path, text));
    }

    /// <summary>Parses and validates lexicon text; <paramref name="fileName"/> is only used in diagnostics.</summary>
    public static LexiconReadResult Parse(string text, string fileName, LexiconFormat format)
    {
        var errors = new List<LexiconDiagnostic>();
        var warnings = new List<LexiconDiagnostic>();
        var concepts = format switch
        {
            LexiconFormat.GovText => GovTextYamlReader.Read(text, fileName, errors),
            LexiconFormat.Quanteda => QuantedaYamlReader.Read(text, fileName, errors),
            _ => LiwcDicReader.Read(text, fileName, errors),
        };
        // Validate what could be read even after reader errors, so one run lists every problem; a file that gave no
        // concepts at all (a syntax error) would only add noise.
        if (concepts.Count > 0 || errors.Count == 0)
            LexiconValidator.Validate(concepts, fileName, snakeCaseIds: format == LexiconFormat.GovText,
                format == LexiconFormat.Liwc ? LexiconValidator.SharedTerms.Summarize : LexiconValidator.SharedTerms.WarnEach,
                errors, warnings);
        var sorted = errors.OrderBy(e => e.Line ?? 0).ToList();
        return errors.Count > 0
            ? new LexiconReadResult(null, sorted, warnings)
            : new LexiconReadResult(new ConceptLexicon(fileName, format, concepts, warnings), errors, warnings);
    }

    /// <summary>
    /// A one-concept lexicon for an ad-hoc term (<c>govtext kwic --term TEXT</c>): concept id <c>term</c>, language by
    /// script (any Han character makes it Chinese), the same matching rules as lexicon terms.
    /// </summary>
    /// <param name="term">The term.</param>
    /// <param name="name">What the lexicon is called in summaries and run.json (the CLI: <c>--term</c>, where the term came from).</param>
    /// <exception cref="ConfigurationException">The term is not a valid term (for example a misplaced <c>*</c>); its setting is <c>term</c>.</exception>
    public static ConceptLexicon ForTerm(string term, string name = "term")
    {
        var text = term.Trim();
        var language = ImportedIds.LanguageOf(text);
        var lexiconTerm = new LexiconTerm(text, language, false, 0);
        var error = TermSyntax.Check(lexiconTerm);
        if (error is not null) throw ConfigurationException.ForSetting("term", $"search term '{term}': {error}");
        var concept = new Concept { Id = "term", LabelEn = text, LabelZh = text, Terms = [lexiconTerm] };
        return new ConceptLexicon(name, LexiconFormat.GovText, [concept], []);
    }

    /// <summary>Precompiles the terms into lookup tables for <see cref="ConceptMatcher"/>.</summary>
    /// <param name="stemmer">
    /// Stems an English word for <c>stem: true</c> terms; it must be the stemmer that produced the tokens' stems.
    /// Null uses Snowball English (Lucene.Net's port), the one the GovText tokenizer uses.
    /// </param>
    public CompiledLexicon Compile(Func<string, string>? stemmer = null) => new(this, stemmer ?? Tokens.SnowballEnglish.Stem);

    private static string ReadDefaultText()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException("embedded resource missing: " + DefaultResource);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
