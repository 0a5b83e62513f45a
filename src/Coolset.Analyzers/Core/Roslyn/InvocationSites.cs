using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Coolset.Analyzers.Core
{
    /// <summary>
    /// Finds the calls whose method has one of a few names by a search of the file's text instead of a callback per
    /// call: a rule that cares about <c>SendAsync</c> or <c>TryParse</c> then costs one vectorized search per file (most
    /// files hold none), and a method body costs a binary search in the names found; only the calls found are touched.
    /// A name written with a Unicode escape is not found this way.
    /// </summary>
    internal static class InvocationSites
    {
        /// <summary>
        /// Adds the start of every identifier in <paramref name="text"/> that contains <paramref name="anchor"/> and passes
        /// <paramref name="isName"/>: where <see cref="FindWithin"/> then looks for calls. Text only, so it can be cached
        /// per file and asked again for each method body.
        /// </summary>
        public static void AddNameStarts(string text, string anchor, System.Func<string, int, int, bool> isName, List<int> starts)
        {
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

                if (start != lastStart && isName(text, start, end - start))
                {
                    starts.Add(start);
                    lastStart = start;
                }
            }
        }

        /// <summary>
        /// Adds the calls of <paramref name="block"/> (an operation block the analyzer driver has already built) whose
        /// method name starts at one of <paramref name="sortedStarts"/>, as operations of that same tree; binds nothing.
        /// </summary>
        public static void FindWithin(IOperation block, int[] sortedStarts, List<IInvocationOperation> found, CancellationToken cancellationToken)
        {
            var span = block.Syntax.Span;
            var model = block.SemanticModel;
            if (model == null)
            {
                return;
            }

            var first = System.Array.BinarySearch(sortedStarts, span.Start);
            for (var i = first < 0 ? ~first : first; i < sortedStarts.Length && sortedStarts[i] < span.End; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var start = sortedStarts[i];
                var token = block.Syntax.FindToken(start);
                var verbatim = token.SpanStart == start - 1 && token.Text.Length > 0 && token.Text[0] == '@';
                if ((token.SpanStart == start || verbatim) && token.IsKind(SyntaxKind.IdentifierToken) && CallOf(token) is { } call &&
                    model.OperationOrNull(call, cancellationToken) is IInvocationOperation invocation)
                {
                    found.Add(invocation);
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
