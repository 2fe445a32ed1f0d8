using System.Globalization;
using GovText.Core.Text;

namespace GovText.Core.Lexicon;

/// <summary>
/// Reads a LIWC <c>.dic</c> file: a block between two <c>%</c> lines of <c>number&lt;TAB&gt;category</c> lines,
/// then one line per word: <c>word&lt;TAB&gt;number&lt;TAB&gt;number…</c>. Categories become top-level concepts.
/// </summary>
internal static class LiwcDicReader
{
    public static List<Concept> Read(string text, string file, List<LexiconDiagnostic> errors)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var categories = new List<(string Id, string Name, int Line, List<LexiconTerm> Terms)>();
        var byNumber = new Dictionary<string, int>(StringComparer.Ordinal);
        var state = 0; // 0 before the first %, 1 in the category block, 2 in the word list
        for (var i = 0; i < lines.Length; i++)
        {
            var lineNo = i + 1;
            var line = lines[i].Trim().TrimStart('\uFEFF');
            if (line.Length == 0) continue;
            if (line == "%" && state < 2)
            {
                state++;
                continue;
            }
            switch (state)
            {
                case 0:
                    errors.Add(new(file, lineNo, "a LIWC dictionary starts with a '%' line opening the category block"));
                    return [];
                case 1:
                    ReadCategory(line, lineNo, file, errors, categories, byNumber);
                    break;
                default:
                    ReadWord(line, lineNo, file, errors, categories, byNumber);
                    break;
            }
        }
        if (state < 2)
        {
            errors.Add(new(file, null, "the category block is not closed by a second '%' line"));
            return [];
        }
        return categories.Select(c => new Concept { Id = c.Id, LabelEn = c.Name, LabelZh = c.Name, Terms = c.Terms, Line = c.Line }).ToList();
    }

    private static void ReadCategory(string line, int lineNo, string file, List<LexiconDiagnostic> errors,
        List<(string Id, string Name, int Line, List<LexiconTerm> Terms)> categories, Dictionary<string, int> byNumber)
    {
        var fields = Fields(line);
        if (fields.Length < 2 || !IsNumber(fields[0]))
        {
            errors.Add(new(file, lineNo, $"a category line is 'number<TAB>name', not '{line}'"));
            return;
        }
        var name = string.Join(' ', fields.Skip(1));
        if (!byNumber.TryAdd(fields[0], categories.Count))
        {
            errors.Add(new(file, lineNo, $"category number {fields[0]} is used twice"));
            return;
        }
        categories.Add((ImportedIds.From(name), name, lineNo, []));
    }

    private static void ReadWord(string line, int lineNo, string file, List<LexiconDiagnostic> errors,
        List<(string Id, string Name, int Line, List<LexiconTerm> Terms)> categories, Dictionary<string, int> byNumber)
    {
        if (line.Contains('<') || line.Contains('('))
        {
            errors.Add(new(file, lineNo, $"conditional LIWC entries ('{line}') are not supported; list the plain word"));
            return;
        }
        var fields = Fields(line);
        var firstNumber = fields.Length;
        while (firstNumber > 1 && IsNumber(fields[firstNumber - 1])) firstNumber--;
        if (firstNumber == fields.Length)
        {
            errors.Add(new(file, lineNo, $"the word line '{line}' names no category number"));
            return;
        }
        var word = string.Join(' ', fields.Take(firstNumber));
        var language = ImportedIds.LanguageOf(word);
        if (language == Language.Chinese) word = string.Concat(word.Where(c => !char.IsWhiteSpace(c)));
        var listed = new HashSet<int>();
        for (var f = firstNumber; f < fields.Length; f++)
        {
            if (!byNumber.TryGetValue(fields[f], out var index))
            {
                errors.Add(new(file, lineNo, $"'{word}' names category {fields[f]}, which the category block does not define"));
                continue;
            }
            if (listed.Add(index)) categories[index].Terms.Add(new LexiconTerm(word, language, false, lineNo));
        }
    }

    private static string[] Fields(string line) =>
        line.Contains('\t')
            ? line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static bool IsNumber(string s) => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out _);
}
