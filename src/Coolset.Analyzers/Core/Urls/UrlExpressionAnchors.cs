using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Coolset.Analyzers.Core
{
    /// <summary>
    /// Where URL expressions are found without visiting every string operation. A URL needs <c>://</c>, and that text
    /// comes from a piece of the expression: a string literal that holds it in the source (found by a search of the
    /// file's text), or a <c>const</c> whose value holds it (a field, maybe declared in another file, or a local). Such a
    /// piece is an <em>anchor</em>; from an anchor, the URL expression is the outermost string expression around it that
    /// <see cref="UrlExpression"/> reads as one (see <see cref="OutermostAround"/>). An expression with several anchors is
    /// read once, from the first.
    /// </summary>
    internal static class UrlExpressionAnchors
    {
        private const int MaximumDepth = 16;
        private const int MaximumLocalChain = 4;
        private static readonly System.Func<IOperation, object?, bool> IsAnchorPiece = (piece, _) => IsAnchor(piece);

        /// <summary>
        /// The outermost string expression that reads <paramref name="piece"/> as one of its pieces (maybe the piece
        /// itself): up through <c>+</c> concatenations, interpolated text and constant holes, and the arguments of
        /// <c>string.Concat</c>/<c>string.Format</c>; a hole that is not constant is a URL expression of its own.
        /// </summary>
        public static IOperation OutermostAround(IOperation piece)
        {
            var current = piece;
            for (var depth = 0; depth <= MaximumDepth * 4; depth++)
            {
                switch (current.ParentWithoutConversions())
                {
                    case IBinaryOperation binary when UrlExpression.IsStringConcatenation(binary):
                        current = binary;
                        continue;
                    case IInterpolatedStringTextOperation { Parent: { } interpolated }:
                        current = interpolated;
                        continue;
                    case IInterpolationOperation { Parent: { } interpolated } hole when UrlExpression.IsFoldedHole(hole):
                        current = interpolated;
                        continue;
                    case IArrayInitializerOperation initializer
                        when initializer.Parent?.ParentWithoutConversions() is IArgumentOperation { Parent: IInvocationOperation owner } &&
                             UrlExpression.IsConcatOrFormat(owner):
                        current = owner;
                        continue;
                    case IArgumentOperation { Parent: IInvocationOperation invocation } when UrlExpression.IsConcatOrFormat(invocation):
                        current = invocation;
                        continue;
                }

                break;
            }

            return current;
        }

        /// <summary>
        /// Whether <paramref name="anchor"/> is the first anchor of <paramref name="root"/>, in the order of its pieces: the
        /// one place that reads the expression. Compared by source position, so a literal token and its operation agree.
        /// </summary>
        public static bool IsFirstAnchor(IOperation root, int anchorStart) => FirstAnchorStart(root) == anchorStart;

        /// <summary>A <c>const string</c> field or local whose value holds <c>://</c>.</summary>
        public static bool IsConstantAnchor(IOperation operation)
        {
            switch (operation)
            {
                case IFieldReferenceOperation field when field.Field.IsConst:
                case ILocalReferenceOperation local when local.Local.IsConst:
                    return operation.Type?.SpecialType == SpecialType.System_String &&
                           operation.ConstantString() is { } value && UrlScanner.MayContainUrl(value);
                default:
                    return false;
            }
        }

        /// <summary>
        /// The URL expressions that use the <c>const</c> local <paramref name="root"/> initializes (<c>const string Base =
        /// "https://…"; var url = $"{Base}?token={token}";</c>), each one where the local is its first anchor; the uses of
        /// a local those initialize, too, a few levels deep.
        /// </summary>
        public static void AddConstantLocalUses(IOperation root, List<IOperation> uses, CancellationToken cancellationToken, int level = 0)
        {
            if (level >= MaximumLocalChain ||
                !(root.ParentWithoutConversions() is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }) ||
                !declarator.Symbol.IsConst)
            {
                return;
            }

            foreach (var operation in root.Root().Descendants())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (operation is ILocalReferenceOperation reference &&
                    SymbolEqualityComparer.Default.Equals(reference.Local, declarator.Symbol))
                {
                    var use = OutermostAround(reference);
                    if (use != reference && IsFirstAnchor(use, reference.Syntax.SpanStart))
                    {
                        uses.Add(use);
                    }

                    AddConstantLocalUses(use, uses, cancellationToken, level + 1);
                }
            }
        }

        /// <summary>The source position of the first anchor among the pieces of <paramref name="operation"/>; -1 for none.</summary>
        private static int FirstAnchorStart(IOperation operation) =>
            UrlExpression.FirstPiece(operation, IsAnchorPiece, null)?.Syntax.SpanStart ?? -1;

        private static bool IsAnchor(IOperation piece) =>
            piece is ILiteralOperation literal ? LiteralHoldsSeparatorInSource(literal) : IsConstantAnchor(piece);

        /// <summary>The literal's source text (what a search of the file sees) holds <c>://</c>.</summary>
        private static bool LiteralHoldsSeparatorInSource(ILiteralOperation literal)
        {
            var token = literal.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.InterpolatedStringTextSyntax text
                ? text.TextToken
                : literal.Syntax.GetFirstToken();
            return UrlScanner.MayContainUrl(token.Text);
        }
    }
}
