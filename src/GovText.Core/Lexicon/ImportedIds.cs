using System.Text;
using GovText.Core.Text;

namespace GovText.Core.Lexicon;

/// <summary>
/// Turns a quanteda key or LIWC category name into a concept id: lowercase, with each run of spaces, hyphens,
/// dots and other punctuation replaced by one underscore (<c>Foreign Policy</c> → <c>foreign_policy</c>).
/// Letters of any script are kept, so Chinese keys stay readable.
/// </summary>
internal static class ImportedIds
{
    public static string From(string name)
    {
        var sb = new StringBuilder(name.Length);
        var pendingUnderscore = false;
        foreach (var rune in name.Trim().EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                if (pendingUnderscore && sb.Length > 0) sb.Append('_');
                pendingUnderscore = false;
                sb.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else pendingUnderscore = true;
        }
        return sb.ToString();
    }

    /// <summary>The language of an imported term, decided by its script: any Han character makes it Chinese.</summary>
    public static Language LanguageOf(string term) => HanScript.Contains(term) ? Language.Chinese : Language.English;
}
