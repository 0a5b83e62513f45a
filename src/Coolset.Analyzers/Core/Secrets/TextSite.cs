using Microsoft.CodeAnalysis;

namespace Coolset.Analyzers.Core
{
    /// <summary>A place in a C# file where text is searched: a string literal token, or a comment (its text and where it starts).</summary>
    internal readonly struct TextSite
    {
        private TextSite(SyntaxToken literal, string? commentText, int commentStart)
        {
            LiteralToken = literal;
            CommentText = commentText;
            CommentStart = commentStart;
        }

        /// <summary>The string literal token (any form, or the text part of an interpolated string); default for a comment.</summary>
        public SyntaxToken LiteralToken { get; }

        /// <summary>The comment, disabled code or documentation-comment text; null for a literal.</summary>
        public string? CommentText { get; }

        public int CommentStart { get; }

        public bool IsLiteral => CommentText == null;

        public static TextSite Literal(SyntaxToken token) => new TextSite(token, null, -1);

        public static TextSite Comment(string text, int start) => new TextSite(default, text, start);
    }
}
