using System.Text;
using GovText.Tests;

namespace GovText.Report.Tests;

/// <summary>
/// A small results folder written by hand, so every number the report shows is known: two documents (one with a
/// scraped title carrying a script tag), three concepts (a parent with a child), matches with offsets into text/,
/// a comparison by year, a failed file and one chart SVG with Chinese labels.
/// </summary>
internal static class ResultsFixture
{
    /// <summary>Doc a: 社会治理 at code points 4–8 of sentence 1 (the second), and a <c>&lt;b&gt;</c> in its text.</summary>
    public const string TextA = "导言一句。我们推进社会治理创新，<b>加强</b>基层治理。\n\nSecond paragraph about social governance.";

    public const string TextB = "Community governance matters. Social governance too.";

    public static TempDir Create()
    {
        var dir = TestEnvironment.CreateTempDir();
        Write(dir, "documents.csv",
            "doc_id,path,title,year,year_source,language,encoding,chars,han_chars,latin_words,paragraphs,sentences,removed_lines,sha256,source\n" +
            $"a,a.txt,\"<script>alert('x')</script> 治理报告\",2020,manifest,mixed,utf-8,{TextA.Length},22,5,2,3,1,{new string('a', 64)},gov.cn\n" +
            $"b,b.txt,Plain title,2021,inferred,en,utf-8,{TextB.Length},0,6,1,2,0,{new string('b', 64)},journal\n");
        Write(dir, "ingest_errors.csv", "path,error\nbad.pdf,\"no text layer: scanned image? run OCR first\"\n");
        Write(dir, "concept_counts.csv",
            "doc_id,concept_id,concept_en,concept_zh,language,count,count_with_children,tokens,per_10k,per_10k_with_children,han_chars,per_10k_han\n" +
            "a,governance,Governance,治理,en,0,1,5,0,2000,,\n" +
            "a,governance,Governance,治理,zh,1,2,10,1000,2000,22,454.54545454545456\n" +
            "a,social_governance,Social governance,社会治理,en,1,1,5,2000,2000,,\n" +
            "a,social_governance,Social governance,社会治理,zh,1,1,10,1000,1000,22,454.54545454545456\n" +
            "a,never,Never found,从未,zh,0,0,10,0,0,22,0\n" +
            "a,never,Never found,从未,en,0,0,5,0,0,,\n" +
            "b,governance,Governance,治理,en,1,2,6,1666.6666666666667,3333.3333333333335,,\n" +
            "b,social_governance,Social governance,社会治理,en,1,1,6,1666.6666666666667,1666.6666666666667,,\n" +
            "b,never,Never found,从未,en,0,0,6,0,0,,\n");
        Write(dir, "concept_matches.csv",
            "doc_id,concept_id,language,term,paragraph,sentence,start,end,matched_text\n" +
            "a,social_governance,zh,社会治理,0,1,9,13,社会治理\n" +
            "a,governance,zh,基层治理,0,1,25,29,基层治理\n" +
            "a,social_governance,en,social governance,1,2,55,72,social governance\n" +
            "b,governance,en,community governance,0,0,0,20,Community governance\n" +
            "b,social_governance,en,social governance,0,1,30,47,Social governance\n");
        Write(dir, "word_frequencies.csv", "doc_id,language,token,count\na,zh,治理,2\nb,en,governance,2\n");
        Write(dir, "concept_by_group.csv",
            "group,concept_id,concept_en,concept_zh,language,count,count_with_children,tokens,per_10k,per_10k_with_children,docs,docs_with_concept,doc_share\n" +
            "2020,governance,Governance,治理,zh,1,2,10,1000,2000,1,1,1\n" +
            "2020,social_governance,Social governance,社会治理,zh,1,1,10,1000,1000,1,1,1\n" +
            "2020,never,Never found,从未,zh,0,0,10,0,0,1,0,0\n" +
            "2021,governance,Governance,治理,en,1,2,6,1666.666666666667,3333.333333333333,1,1,1\n");
        Write(dir, "cooccurrence.csv",
            "concept_a,concept_b,unit,both,a,b,jaccard,pmi\n" +
            "governance,social_governance,sentence,1,2,3,0.25,-0.5849625007211562\n" +
            "governance,social_governance,document,2,2,2,1,0\n");
        Write(dir, "text/a.txt", TextA);
        Write(dir, "text/b.txt", TextB);
        Write(dir, "charts/concept_trends.svg",
            "<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"400\" height=\"200\">" +
            "<defs><clipPath id=\"cl_1\"><rect width=\"400\" height=\"200\"/></clipPath></defs>" +
            "<script>alert(1)</script>" +
            "<g clip-path=\"url(#cl_1)\" onclick=\"alert(2)\"><rect fill=\"#1f77b4\" x=\"10\" y=\"10\" width=\"100\" height=\"100\"/></g>" +
            "<text font-size=\"20\" font-family=\"Noto Sans CJK SC\" x=\"150, 170, \" y=\"50, \">社会</text>" +
            "<image xlink:href=\"https://example.org/tracker.png\" width=\"1\" height=\"1\"/>" +
            "</svg>");
        return dir;
    }

    private static void Write(TempDir dir, string name, string content)
    {
        var path = Path.Combine(dir.Path, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
    }
}
