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
            var tokens = default(TokenCursor); // made with the first candidate: most files have none
            var lastStart = -1;
            for (var index = text.IndexOf(anchor, System.StringComparison.Ordinal); index >= 0; index = text.IndexOf(anchor, index + anchor.Length, System.StringComparison.Ordinal))
            {
                var start = index;
                while (start > 0 && TextPositions.IsIdentifierChar(text[start - 1]))
                {
                    start--;
                }

                var end = index + anchor.Length;
                while (end < text.Length && TextPositions.IsIdentifierChar(text[end]))
                {
                    end++;
                }

                if (start == lastStart || !isName(text, start, end - start) ||
                    (argumentCount >= 0 && SurelyNotArgumentCount(text, end, argumentCount)))
                {
                    continue;
                }

                lastStart = start;
                cancellationToken.ThrowIfCancellationRequested();
                if (tokens.IsDefault)
                {
                    tokens = new TokenCursor(model.SyntaxTree.GetRoot(cancellationToken));
                }

                var token = tokens.FindToken(start);
                var verbatim = start > 0 && text[start - 1] == '@'; // @SendAsync
                if (token.SpanStart == (verbatim ? start - 1 : start) && token.IsKind(SyntaxKind.IdentifierToken) && CallOf(token) is { } call &&
                    (argumentCount < 0 || call.ArgumentList.Arguments.Count == argumentCount) &&
                    model.OperationOrNull(call, cancellationToken) is IInvocationOperation invocation)
                {
                    (found ??= new List<IInvocationOperation>()).Add(invocation);
                }
            }
        }

        /// <summary>
        /// Whether the text after a name shows for certain that no call there passes <paramref name="count"/> arguments:
        /// a parenthesized list whose commas outside nested brackets say how many there are (<c>list.Add(item)</c>, a
        /// method's own declaration). Anything the characters alone cannot settle (a string, a character, a comment, a
        /// <c>&lt;</c> that may open type arguments, a directive, a very long list) is left to the syntax tree.
        /// </summary>
        private static bool SurelyNotArgumentCount(string text, int nameEnd, int count)
        {
            var index = nameEnd;
            while (index < text.Length && char.IsWhiteSpace(text[index]))
            {
                index++;
            }

            if (index >= text.Length || text[index] != '(')
            {
                return false;
            }

            var depth = 0;
            var commas = 0;
            var empty = true;
            var limit = System.Math.Min(text.Length, index + MaxArgumentListScan);
            for (index++; index < limit; index++)
            {
                var c = text[index];
                switch (c)
                {
                    case '(':
                    case '[':
                    case '{':
                        depth++;
                        empty = false;
                        break;
                    case ')':
                    case ']':
                    case '}':
                        if (depth == 0)
                        {
                            return c == ')' && (empty ? 0 : commas + 1) != count;
                        }

                        depth--;
                        break;
                    case ',':
                        commas += depth == 0 ? 1 : 0;
                        break;
                    case '"':
                    case '\'':
                    case '/':
                    case '<':
                    case '#':
                    case '@':
                    case '$':
                        return false;
                    default:
                        empty &= char.IsWhiteSpace(c);
                        break;
                }
            }

            return false;
        }

        /// <summary>Whether the identifier before a <c>.</c> that precedes [<paramref name="start"/>…) is a keyword for a built-in type (<c>int.Parse</c>).</summary>
        public static bool IsOnBuiltInType(string text, int start)
        {
            var end = start;
            while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (end == 0 || text[end - 1] != '.')
            {
                return false;
            }

            end--;
            while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            var receiverStart = end;
            while (receiverStart > 0 && TextPositions.IsIdentifierChar(text[receiverStart - 1]))
            {
                receiverStart--;
            }

            if (receiverStart > 0 && text[receiverStart - 1] == '@')
            {
                return false; // @int is an identifier
            }

            foreach (var keyword in BuiltInTypeKeywords)
            {
                if (IsAt(text, receiverStart, end - receiverStart, keyword))
                {
                    return true;
                }
            }

            return false;
        }

        private const int MaxArgumentListScan = 512;

        private static readonly string[] BuiltInTypeKeywords =
        {
            "bool", "byte", "sbyte", "char", "decimal", "double", "float", "int", "uint", "nint", "nuint", "long", "ulong",
            "short", "ushort", "object", "string",
        };

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
    }
}
