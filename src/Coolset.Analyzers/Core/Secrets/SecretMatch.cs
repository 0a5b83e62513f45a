namespace Coolset.Analyzers.Core
{
    internal enum SecretKind
    {
        LiveToken,
        TestToken,
        BearerCredential,
    }

    /// <summary>A secret found in a piece of text: its kind and where it stands.</summary>
    /// <remarks>For a Bearer credential the span covers the credential only, not the <c>Bearer </c> prefix.</remarks>
    internal readonly struct SecretMatch
    {
        public SecretMatch(SecretKind kind, int start, int length)
        {
            Kind = kind;
            Start = start;
            Length = length;
        }

        public SecretKind Kind { get; }

        public int Start { get; }

        public int Length { get; }

        public int End => Start + Length;
    }
}
