using Microsoft.CodeAnalysis;

namespace Coolset.Analyzers.Core
{
    /// <summary>
    /// Finds the tokens at the candidate positions of one file's text search: each search starts from the smallest node
    /// around the last token found that also spans the new position, instead of from the root. Candidates come in
    /// ascending order and close together (the pieces of one statement), so most searches skip the upper levels of the
    /// tree; the token found is the one <c>root.FindToken(position)</c> finds, since the full spans of a node's
    /// descendants cover exactly its own.
    /// </summary>
    internal struct TokenCursor
    {
        private readonly SyntaxNode? _root;
        private SyntaxNode? _last;

        public TokenCursor(SyntaxNode root)
        {
            _root = root;
            _last = null;
        }

        public bool IsDefault => _root == null;

        public SyntaxToken FindToken(int position, bool findInsideTrivia = false)
        {
            var from = _last;
            while (from != null && !from.FullSpan.Contains(position))
            {
                from = from.Parent; // null above structured trivia: the search then starts from the root
            }

            var token = (from ?? _root!).FindToken(position, findInsideTrivia);
            _last = token.Parent;
            return token;
        }
    }
}
