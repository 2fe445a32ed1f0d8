namespace GovText.Segmentation.Internal;

/// <summary>Collects tokens as <see cref="Token"/> values.</summary>
internal struct TokenListSink(List<Token> tokens) : ITokenSink
{
    public readonly void Emit(ReadOnlySpan<char> token, int start, int end) => tokens.Add(new Token(new string(token), start, end));
}

/// <summary>Forwards tokens to a public <see cref="TokenCallback"/>.</summary>
internal struct CallbackSink(TokenCallback callback) : ITokenSink
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public readonly void Emit(ReadOnlySpan<char> token, int start, int end) => callback(token, start, end);
}

/// <summary>
/// suggest_freq's product: <c>freq *= FREQ.get(seg, 1) / ftotal</c> over the no-HMM cut of the word,
/// multiplied in the same order as Python.
/// </summary>
internal struct SuggestSink(DictionaryState state) : ITokenSink
{
    public double Product = 1.0;

    public void Emit(ReadOnlySpan<char> token, int start, int end)
    {
        var f = state.TryGetFrequency(token, out var freq) ? freq : 1;
        Product *= f / (double)state.Total;
    }
}

/// <summary>Discards tokens (for callers that only need the route).</summary>
internal struct NullSink : ITokenSink
{
    public readonly void Emit(ReadOnlySpan<char> token, int start, int end)
    {
    }
}

/// <summary>Collects POS-tagged words as <see cref="TaggedToken"/> values.</summary>
internal struct TaggedListSink(List<TaggedToken> tokens) : ITaggedSink
{
    public readonly void Emit(ReadOnlySpan<char> token, int start, int end, string tag) =>
        tokens.Add(new TaggedToken(new string(token), tag, start, end));
}

/// <summary>Forwards POS-tagged words to a public <see cref="TaggedTokenCallback"/>.</summary>
internal struct TaggedCallbackSink(TaggedTokenCallback callback) : ITaggedSink
{
    public readonly void Emit(ReadOnlySpan<char> token, int start, int end, string tag) => callback(token, tag, start, end);
}
