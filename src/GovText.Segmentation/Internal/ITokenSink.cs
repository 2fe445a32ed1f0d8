namespace GovText.Segmentation.Internal;

/// <summary>Where the cutting engine delivers tokens; implemented by structs so calls are devirtualized.</summary>
internal interface ITokenSink
{
    void Emit(ReadOnlySpan<char> token, int start, int end);
}
