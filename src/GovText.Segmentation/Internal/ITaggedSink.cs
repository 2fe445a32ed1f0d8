namespace GovText.Segmentation.Internal;

/// <summary>Where the POS tagger delivers <c>pair(word, flag)</c>s; implemented by structs so calls are devirtualized.</summary>
internal interface ITaggedSink
{
    void Emit(ReadOnlySpan<char> token, int start, int end, string tag);
}
