using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Coolset.Analyzers.Core
{
    /// <summary>
    /// Finds the calls of a file whose method has one of a few names, by a search of the file's text instead of a
    /// callback per call: a rule that cares about <c>SendAsync</c> or <c>TryParse</c> then costs one vectorized search
    /// per file (most files hold none) and touches only the calls it finds. A name written with a Unicode escape is not
    /// found this way (docs/concepts.md, "How the rules find what they check").
    /// </summary>
    internal static class InvocationSites
    {
        /// <summary>
        /// Adds the calls in <paramref name="model"/>'s tree whose method name contains <paramref name="anchor"/> and
        /// passes <paramref name="isName"/> (given the text, the name's start and its length), and, when
        /// <paramref name="argumentCount"/> is not negative, that pass that many arguments (checked before any binding).
        /// <paramref name="found"/> is created on the first call found: most files have none, and allocate nothing.
        /// </summary>
        public static void Find(
            SemanticModel model,
            string text,
            string anchor,
            System.Func<string, int, int, bool> isName,
            ref List<IInvocationOperation>? found,
            CancellationToken cancellationToken,
            int argumentCount = -1)
        {
            SyntaxNode? root = null;
            var lastStart = -1;
            for (var index = text.IndexOf(anchor, System.StringComparison.Ordinal); index >= 0; index = text.IndexOf(anchor, index + anchor.Length, System.StringComparison.Ordinal))
            {
                var start = index;
                while (start > 0 && IsIdentifierChar(text[start - 1]))
                {
                    start--;
                }

                var end = index + anchor.Length;
                while (end < text.Length && IsIdentifierChar(text[end]))
                {
                    end++;
                }

                if (start == lastStart || !isName(text, start, end - start))
                {
                    continue;
                }

                lastStart = start;
                cancellationToken.ThrowIfCancellationRequested();
                root ??= model.SyntaxTree.GetRoot(cancellationToken);
                var token = root.FindToken(start);
                var verbatim = start > 0 && text[start - 1] == '@'; // @SendAsync
                if (token.SpanStart == (verbatim ? start - 1 : start) && token.IsKind(SyntaxKind.IdentifierToken) && CallOf(token) is { } call &&
                    (argumentCount < 0 || call.ArgumentList.Arguments.Count == argumentCount) &&
                    model.OperationOrNull(call, cancellationToken) is IInvocationOperation invocation)
                {
                    (found ??= new List<IInvocationOperation>()).Add(invocation);
                }
            }
        }

        /// <summary>Whether <paramref name="text"/> holds exactly <paramref name="name"/> at [<paramref name="start"/>, +<paramref name="length"/>).</summary>
        public static bool IsAt(string text, int start, int length, string name) =>
            length == name.Length && string.CompareOrdinal(text, start, name, 0, length) == 0;

        /// <summary>The call whose method name <paramref name="name"/> is: <c>M(…)</c>, <c>x.M(…)</c>, <c>x?.M(…)</c>, <c>M&lt;T&gt;(…)</c>.</summary>
        private static InvocationExpressionSyntax? CallOf(SyntaxToken name)
        {
            if (!(name.Parent is SimpleNameSyntax simple))
            {
                return null;
            }

            ExpressionSyntax callee = simple.Parent switch
            {
                MemberAccessExpressionSyntax access when access.Name == simple => access,
                MemberBindingExpressionSyntax binding when binding.Name == simple => binding,
                _ => simple,
            };
            return callee.Parent is InvocationExpressionSyntax invocation && invocation.Expression == callee ? invocation : null;
        }

        private static bool IsIdentifierChar(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c > 127;
    }
}
